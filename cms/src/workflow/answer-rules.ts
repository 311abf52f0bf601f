import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '../messages';
import { asSystem, type Actor } from './actor';
import { QUESTION, findAnswerDraft, findQuestionDraft, relationChanges, textChanges } from './documents';
import { stageAfterEdit, isStage } from '@frageladan/config/domain/stages';

/** Authorship and approval are recorded by the server only. */
const SERVER_FIELDS = ['writtenBy', 'writtenAt', 'approvedBy', 'approvedAt'];

type WriteParams = { documentId?: string; data?: Record<string, unknown>; status?: string };

function questionDocumentId(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.documentId === 'string') return v.documentId;
    const first = (Array.isArray(v.connect) ? v.connect[0] : Array.isArray(v.set) ? v.set[0] : null) as
      | Record<string, unknown>
      | string
      | null;
    if (typeof first === 'string') return first;
    if (first && typeof first.documentId === 'string') return first.documentId;
  }
  return null;
}

/** A question whose answer changes after approval goes back to review. */
async function sendBackToReview(strapi: Core.Strapi, questionId: string | null) {
  if (!questionId) return;
  const question = await findQuestionDraft(strapi, questionId);
  if (!question || !isStage(question.stage)) return;
  const next = stageAfterEdit(question.stage);
  if (next === question.stage) return;
  await asSystem(() => strapi.documents(QUESTION).update({ documentId: questionId, data: { stage: next } } as never));
}

/**
 * An editor writes or edits an answer: the one who last changed its text is its writer, any
 * approval it had is void, and its question returns to review if it was approved.
 */
export async function checkAnswerWrite(
  strapi: Core.Strapi,
  actor: Actor,
  action: 'create' | 'update',
  params: WriteParams,
): Promise<() => Promise<void>> {
  if (params.status === 'published') throw new errors.ApplicationError(messages.publish.notThroughSave);
  const data = (params.data ??= {});
  for (const key of SERVER_FIELDS) delete data[key];

  const current = action === 'update' && params.documentId ? await findAnswerDraft(strapi, params.documentId) : null;
  const written = action === 'create' || textChanges(data.body, current?.body) || relationChanges(data.template);
  const questionId = questionDocumentId(data.question) ?? current?.question?.documentId ?? null;
  if (!written) return async () => {};

  data.writtenBy = actor.kind === 'editor' ? actor.id : null;
  data.writtenAt = new Date().toISOString();
  data.approvedBy = null;
  data.approvedAt = null;
  return () => sendBackToReview(strapi, questionId);
}
