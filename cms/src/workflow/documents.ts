import type { Core } from '@strapi/strapi';
import { isStage, type Stage } from '@frageladan/config/domain/stages';

/** UIDs and small typed reads that the workflow rules share. */

export const QUESTION = 'api::question.question' as const;
export const ANSWER = 'api::answer.answer' as const;
export const TOPIC = 'api::topic.topic' as const;
export const STYLE_TEMPLATE = 'api::style-template.style-template' as const;
export const REFERRAL = 'api::referral.referral' as const;

export interface AdminRef {
  id: number;
}

export interface DocumentRef {
  documentId: string;
}

/** A finding of the PII scan that an editor judged not identifying (a public number, a made-up name). */
export interface PiiClearance {
  text: string;
  by: number | null;
  at: string;
}

export interface AnswerDraft {
  documentId: string;
  body: string | null;
  writtenBy: AdminRef | null;
  approvedBy: AdminRef | null;
  question: DocumentRef | null;
  template: DocumentRef | null;
  /** Every stored field, for comparing a write with what is there (server-fields.ts). */
  fields: Record<string, unknown>;
}

export interface QuestionDraft {
  documentId: string;
  title: string | null;
  body: string | null;
  slug: string | null;
  stage: Stage;
  rejectionReason: string | null;
  /** Editors who changed the case since its last approval; null on cases from before it was kept. */
  authors: number[] | null;
  piiClearances: PiiClearance[];
  /** The editor who has taken the case (assignment.ts), if anyone has. */
  assignee: AdminRef | null;
  topic: DocumentRef | null;
  answer: AnswerDraft | null;
  /** Every stored field, for comparing a write with what is there (server-fields.ts). */
  fields: Record<string, unknown>;
}

/** Strapi's input types have no null for a date, but storing null is how one is cleared. */
export const CLEARED = null as unknown as undefined;

const answerPopulate = {
  writtenBy: { fields: ['id' as const] },
  approvedBy: { fields: ['id' as const] },
  question: { fields: ['documentId' as const] },
  template: { fields: ['documentId' as const] },
};

// Stored JSON is read back as JSON: these turn it into what the workflow wrote, or nothing.
function adminRef(value: { id: number | string } | null | undefined): AdminRef | null {
  return value ? { id: Number(value.id) } : null;
}

function documentRef(value: { documentId: string } | null | undefined): DocumentRef | null {
  return value ? { documentId: value.documentId } : null;
}

function authorIds(value: unknown): number[] | null {
  return Array.isArray(value) ? value.filter((id): id is number => typeof id === 'number') : null;
}

function clearances(value: unknown): PiiClearance[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!entry || typeof entry !== 'object' || typeof (entry as { text?: unknown }).text !== 'string') return [];
    const { text, by, at } = entry as { text: string; by?: unknown; at?: unknown };
    return [{ text, by: typeof by === 'number' ? by : null, at: typeof at === 'string' ? at : '' }];
  });
}

type StoredAnswer = {
  documentId: string;
  body?: string | null;
  writtenBy?: { id: number | string } | null;
  approvedBy?: { id: number | string } | null;
  question?: { documentId: string } | null;
  template?: { documentId: string } | null;
};

function answerDraft(row: StoredAnswer): AnswerDraft {
  return {
    documentId: row.documentId,
    body: row.body ?? null,
    writtenBy: adminRef(row.writtenBy),
    approvedBy: adminRef(row.approvedBy),
    question: documentRef(row.question),
    template: documentRef(row.template),
    fields: { ...row },
  };
}

export async function findQuestionDraft(strapi: Core.Strapi, documentId: string): Promise<QuestionDraft | null> {
  const row = await strapi.documents(QUESTION).findOne({
    documentId,
    status: 'draft',
    populate: { topic: { fields: ['documentId'] }, assignee: { fields: ['id'] }, answer: { populate: answerPopulate } },
  });
  if (!row) return null;
  return {
    documentId: row.documentId,
    title: row.title ?? null,
    body: row.body ?? null,
    slug: row.slug ?? null,
    stage: isStage(row.stage) ? row.stage : 'new',
    rejectionReason: row.rejectionReason ?? null,
    authors: authorIds(row.authors),
    piiClearances: clearances(row.piiClearances),
    assignee: adminRef(row.assignee),
    topic: documentRef(row.topic),
    answer: row.answer ? answerDraft(row.answer) : null,
    fields: { ...row },
  };
}

export async function findAnswerDraft(strapi: Core.Strapi, documentId: string): Promise<AnswerDraft | null> {
  const row = await strapi.documents(ANSWER).findOne({ documentId, status: 'draft', populate: answerPopulate });
  return row ? answerDraft(row) : null;
}

/** The live (published) question and the answer it is published with, if it is published at all. */
export async function findLiveQuestion(strapi: Core.Strapi, documentId: string): Promise<{ documentId: string; answer: DocumentRef | null } | null> {
  const live = await strapi.documents(QUESTION).findOne({
    documentId,
    status: 'published',
    fields: ['documentId'],
    populate: { answer: { fields: ['documentId'] } },
  });
  return live ? { documentId: live.documentId, answer: documentRef(live.answer) } : null;
}

export async function isLive(strapi: Core.Strapi, uid: typeof QUESTION | typeof ANSWER, documentId: string): Promise<boolean> {
  const live =
    uid === QUESTION
      ? await strapi.documents(QUESTION).findOne({ documentId, status: 'published', fields: ['documentId'] })
      : await strapi.documents(ANSWER).findOne({ documentId, status: 'published', fields: ['documentId'] });
  return Boolean(live);
}

export function textChanges(next: unknown, current: string | null | undefined): boolean {
  if (next === undefined) return false;
  return (next ?? '') !== (current ?? '');
}
