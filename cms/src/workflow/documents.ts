import type { Core } from '@strapi/strapi';

/** UIDs and small typed reads that the workflow rules share. */

export const QUESTION = 'api::question.question';
export const ANSWER = 'api::answer.answer';
export const TOPIC = 'api::topic.topic';
export const STYLE_TEMPLATE = 'api::style-template.style-template';
export const REFERRAL = 'api::referral.referral';

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
  writtenAt: string | null;
  approvedBy: AdminRef | null;
  approvedAt: string | null;
  question: DocumentRef | null;
  template: DocumentRef | null;
}

export interface QuestionDraft {
  documentId: string;
  title: string | null;
  body: string | null;
  slug: string | null;
  stage: string;
  rejectionReason: string | null;
  /** Editors who changed the case since its last approval; null on cases from before it was kept. */
  authors: number[] | null;
  piiClearances: PiiClearance[] | null;
  topic: DocumentRef | null;
  answer: AnswerDraft | null;
  [field: string]: unknown;
}

const answerPopulate = {
  writtenBy: { fields: ['id'] },
  approvedBy: { fields: ['id'] },
  question: { fields: ['documentId'] },
  template: { fields: ['documentId'] },
} as const;

export async function findQuestionDraft(strapi: Core.Strapi, documentId: string): Promise<QuestionDraft | null> {
  const question = await strapi.documents(QUESTION).findOne({
    documentId,
    status: 'draft',
    populate: { topic: { fields: ['documentId'] }, answer: { populate: answerPopulate } },
  } as never);
  return (question as unknown as QuestionDraft) ?? null;
}

export async function findAnswerDraft(strapi: Core.Strapi, documentId: string): Promise<AnswerDraft | null> {
  const answer = await strapi.documents(ANSWER).findOne({
    documentId,
    status: 'draft',
    populate: answerPopulate,
  } as never);
  return (answer as unknown as AnswerDraft) ?? null;
}

/** The live (published) question and the answer it is published with, if it is published at all. */
export async function findLiveQuestion(strapi: Core.Strapi, documentId: string): Promise<{ documentId: string; answer: DocumentRef | null } | null> {
  const live = await strapi.documents(QUESTION).findOne({
    documentId,
    status: 'published',
    fields: ['documentId'],
    populate: { answer: { fields: ['documentId'] } },
  } as never);
  return (live as unknown as { documentId: string; answer: DocumentRef | null }) ?? null;
}

export async function isLive(strapi: Core.Strapi, uid: string, documentId: string): Promise<boolean> {
  const live = await strapi.documents(uid as typeof QUESTION).findOne({ documentId, status: 'published', fields: ['documentId'] } as never);
  return Boolean(live);
}

export function textChanges(next: unknown, current: string | null | undefined): boolean {
  if (next === undefined) return false;
  return (next ?? '') !== (current ?? '');
}
