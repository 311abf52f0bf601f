import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { clearanceKey, scanForPii, type PiiKind } from '@frageladan/config/domain/pii-scan';
import { messages } from '../messages';
import serviceConfig from '../service-config';
import type { Actor } from './actor';
import { REFERRAL, type PiiClearance, type QuestionDraft } from './documents';

/**
 * Nothing the identifying-details scanner flags is published unless an editor has marked that
 * finding as not identifying. Publishing scans the public title, the question and the answer with
 * the same scanner that warned the citizen (config/domain/pii-scan.ts); public helpline numbers,
 * from the referral bank and config/, are never flagged.
 */

export type PiiPlace = 'title' | 'body' | 'answer';

export interface BlockingFinding {
  place: PiiPlace;
  kind: PiiKind;
  text: string;
}

const key = clearanceKey;

export async function publicNumbers(strapi: Core.Strapi): Promise<string[]> {
  const referrals = await strapi.documents(REFERRAL).findMany({ fields: ['phone'], limit: 1000 });
  const { socialjour, socialtjanst, alarm, crisisLines } = serviceConfig.contacts;
  return [socialjour.phone, socialtjanst.phone, alarm.phone, ...crisisLines.map((c) => c.phone), ...referrals.map((r) => r.phone ?? '')].filter(Boolean);
}

export async function blockingFindings(strapi: Core.Strapi, question: QuestionDraft): Promise<BlockingFinding[]> {
  return findingsIn(question, await publicNumbers(strapi));
}

/** The findings that would stop a publication, given the public numbers (for many cases at once). */
export function findingsIn(
  question: Pick<QuestionDraft, 'title' | 'body' | 'piiClearances'> & { answer: { body: string | null } | null },
  numbers: readonly string[],
): BlockingFinding[] {
  const cleared = new Set((question.piiClearances ?? []).map((c) => key(c.text)));
  const places: Array<[PiiPlace, string | null | undefined]> = [
    ['title', question.title],
    ['body', question.body],
    ['answer', question.answer?.body],
  ];
  return places.flatMap(([place, text]) =>
    scanForPii(text ?? '', { publicNumbers: numbers })
      .filter((finding) => !cleared.has(key(finding.text)))
      .map(({ kind, text: found }) => ({ place, kind, text: found })),
  );
}

export async function assertNothingIdentifying(strapi: Core.Strapi, question: QuestionDraft): Promise<void> {
  const findings = await blockingFindings(strapi, question);
  if (findings.length > 0) {
    throw new errors.ApplicationError(messages.publish.identifying(findings), { findings });
  }
}

/**
 * What an editor sends as the cleared findings (texts, or entries with a text) becomes a list with
 * who cleared each and when; entries already there keep their original editor and time.
 */
export function stampClearances(sent: unknown, current: PiiClearance[] | null, actor: Actor): PiiClearance[] {
  if (sent === null || sent === undefined || sent === '') return [];
  const list = Array.isArray(sent) ? sent : [sent];
  const known = new Map((current ?? []).map((c) => [key(c.text), c]));
  const result = new Map<string, PiiClearance>();
  for (const item of list) {
    const text = typeof item === 'string' ? item : typeof (item as { text?: unknown })?.text === 'string' ? (item as { text: string }).text : null;
    if (text === null || !text.trim()) throw new errors.ValidationError(messages.publish.badClearance);
    const k = key(text);
    result.set(k, known.get(k) ?? { text: text.trim(), by: actor.kind === 'editor' ? actor.id : null, at: new Date().toISOString() });
  }
  return [...result.values()];
}

export function sameClearances(a: PiiClearance[] | null, b: PiiClearance[] | null): boolean {
  const keys = (list: PiiClearance[] | null) => (list ?? []).map((c) => key(c.text)).sort().join('\n');
  return keys(a) === keys(b);
}
