import type { Core } from '@strapi/strapi';
import { LEAST_HELPFUL_WINDOW_DAYS, windowStart } from '@frageladan/config/domain/feedback';
import type { PiiFinding } from '@frageladan/config/domain/pii-scan';
import { QUESTION } from '../workflow/documents';
import { countColumns } from './tally';
import { FEEDBACK_COUNT, FEEDBACK_TEXT } from './uids';

/**
 * What the editors' desk shows of "Hjälpte svaret dig?": the counts on each case, the "Vad
 * saknades?" texts with their findings, and the answers with the most Nej lately, so that the ones
 * that do not help get rewritten. Read through admin routes only (admin-routes.ts).
 */

export interface Totals {
  helped: number;
  notHelped: number;
}

export interface QuestionTotals extends Totals {
  documentId: string;
}

async function totalsByQuestion(strapi: Core.Strapi, since?: string, only?: string | readonly string[]): Promise<QuestionTotals[]> {
  const c = countColumns(strapi);
  const query = strapi.db
    .connection(c.table)
    .select({ documentId: c.question })
    .sum({ helped: c.helped, notHelped: c.notHelped })
    .groupBy(c.question);
  if (since) query.where(c.day, '>=', since);
  if (typeof only === 'string') query.where(c.question, only);
  else if (only) query.whereIn(c.question, [...only]);
  const rows = (await query) as Array<{ documentId: string; helped: unknown; notHelped: unknown }>;
  // PostgreSQL sums are bigints, which its driver hands over as strings.
  return rows.map((row) => ({ documentId: row.documentId, helped: Number(row.helped) || 0, notHelped: Number(row.notHelped) || 0 }));
}

/** Ja and Nej per question, all time: for the counts on each case in a list. */
export function feedbackCounts(strapi: Core.Strapi): Promise<QuestionTotals[]> {
  return totalsByQuestion(strapi);
}

/** Ja and Nej, all time, for the questions on one page of a list (the desk's Publicerade). */
export function feedbackCountsFor(strapi: Core.Strapi, documentIds: readonly string[]): Promise<QuestionTotals[]> {
  return documentIds.length === 0 ? Promise.resolve([]) : totalsByQuestion(strapi, undefined, documentIds);
}

export interface MissingText {
  day: string;
  text: string;
  piiFindings: PiiFinding[];
}

export interface QuestionFeedback extends QuestionTotals {
  days: Array<{ day: string } & Totals>;
  texts: MissingText[];
}

/** One case: its totals, its counts day by day (newest first), and its texts (newest first). */
export async function questionFeedback(strapi: Core.Strapi, documentId: string): Promise<QuestionFeedback> {
  const [totals] = await totalsByQuestion(strapi, undefined, documentId);
  const days = (await strapi.db.query(FEEDBACK_COUNT).findMany({
    where: { question: documentId },
    select: ['day', 'helped', 'notHelped'],
    orderBy: { day: 'desc' },
  })) as Array<{ day: string } & Totals>;
  const texts = (await strapi.db.query(FEEDBACK_TEXT).findMany({
    where: { question: documentId },
    select: ['day', 'text', 'piiFindings'],
    orderBy: [{ day: 'desc' }, { id: 'desc' }],
  })) as Array<{ day: string; text: string; piiFindings: PiiFinding[] | null }>;
  return {
    documentId,
    helped: totals?.helped ?? 0,
    notHelped: totals?.notHelped ?? 0,
    days: days.map(({ day, helped, notHelped }) => ({ day, helped, notHelped })),
    texts: texts.map(({ day, text, piiFindings }) => ({ day, text, piiFindings: piiFindings ?? [] })),
  };
}

export interface LeastHelpful extends QuestionTotals {
  title: string | null;
  slug: string | null;
  published: boolean;
  /** "Vad saknades?" texts in the same window. */
  texts: number;
}

/** The answers with the most Nej in the last LEAST_HELPFUL_WINDOW_DAYS days, most first. */
export async function leastHelpful(strapi: Core.Strapi, limit = 20, now = new Date()): Promise<{ since: string; questions: LeastHelpful[] }> {
  const since = windowStart(LEAST_HELPFUL_WINDOW_DAYS, now);
  const ranked = (await totalsByQuestion(strapi, since))
    .filter((q) => q.notHelped > 0)
    .sort((a, b) => b.notHelped - a.notHelped || a.helped - b.helped)
    .slice(0, limit);
  const ids = ranked.map((q) => q.documentId);
  if (ids.length === 0) return { since, questions: [] };
  const find = (status: 'draft' | 'published') =>
    strapi.documents(QUESTION).findMany({ status, filters: { documentId: { $in: ids } }, fields: ['title', 'slug'], limit: ids.length });
  const [drafts, published] = await Promise.all([find('draft'), find('published')]);
  const live = new Map(published.map((q) => [q.documentId, q]));
  const draft = new Map(drafts.map((q) => [q.documentId, q]));
  const textRows = (await strapi.db
    .connection(strapi.db.metadata.get(FEEDBACK_TEXT).tableName)
    .select({ documentId: 'question' })
    .count({ texts: '*' })
    .whereIn('question', ids)
    .where('day', '>=', since)
    .groupBy('question')) as Array<{ documentId: string; texts: unknown }>;
  const texts = new Map(textRows.map((row) => [row.documentId, Number(row.texts) || 0]));
  return {
    since,
    questions: ranked.map((q) => {
      const shown = live.get(q.documentId) ?? draft.get(q.documentId);
      return { ...q, title: shown?.title ?? null, slug: live.get(q.documentId)?.slug ?? null, published: live.has(q.documentId), texts: texts.get(q.documentId) ?? 0 };
    }),
  };
}
