import type { Core } from '@strapi/strapi';

/** UIDs and small typed reads that the workflow rules share. */

export const QUESTION = 'api::question.question';
export const ANSWER = 'api::answer.answer';
export const STYLE_TEMPLATE = 'api::style-template.style-template';

export interface AdminRef {
  id: number;
}

export interface AnswerDraft {
  documentId: string;
  body: string | null;
  writtenBy: AdminRef | null;
  approvedBy: AdminRef | null;
  question: { documentId: string } | null;
}

export interface QuestionDraft {
  documentId: string;
  title: string | null;
  body: string | null;
  slug: string | null;
  stage: string;
  rejectionReason: string | null;
  answer: AnswerDraft | null;
}

const answerPopulate = {
  writtenBy: { fields: ['id'] },
  approvedBy: { fields: ['id'] },
  question: { fields: ['documentId'] },
} as const;

export async function findQuestionDraft(strapi: Core.Strapi, documentId: string): Promise<QuestionDraft | null> {
  const question = await strapi.documents(QUESTION).findOne({
    documentId,
    status: 'draft',
    populate: { answer: { populate: answerPopulate } },
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

/** Whether a relation value in a write (REST shorthand or the admin's connect/disconnect) changes anything. */
export function relationChanges(value: unknown): boolean {
  if (value === undefined) return false;
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return true;
  const { connect, disconnect, set } = value as Record<string, unknown>;
  const nonEmpty = (list: unknown) => Array.isArray(list) && list.length > 0;
  return nonEmpty(connect) || nonEmpty(disconnect) || set !== undefined || 'documentId' in (value as object) || 'id' in (value as object);
}

export function textChanges(next: unknown, current: string | null | undefined): boolean {
  if (next === undefined) return false;
  return (next ?? '') !== (current ?? '');
}
