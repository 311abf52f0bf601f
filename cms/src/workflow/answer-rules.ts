import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isStage, stageAfterEdit } from '@frageladan/config/domain/stages';
import { messages } from '../messages';
import { asSystem, type Actor } from './actor';
import { ANSWER, QUESTION, STYLE_TEMPLATE, findAnswerDraft, findQuestionDraft, textChanges } from './documents';
import { caseAuthors } from './four-eyes';
import { reconcilePair } from './pair-invariant';
import { toOneTarget } from './relations';
import { guardServerFields } from './server-fields';

type WriteParams = { documentId?: string; data?: Record<string, unknown>; status?: string };

/**
 * An editor writes, edits or moves an answer. The one who last changed its text is its writer; any
 * approval it had is void; every question it belongs to, before and after, counts the editor as an
 * author of the case and goes back to review if it was approved. A question that loses its answer
 * goes back to work, and a published pair that the move broke comes off the site.
 */
export async function checkAnswerWrite(
  strapi: Core.Strapi,
  actor: Actor,
  action: 'create' | 'update',
  params: WriteParams,
): Promise<() => Promise<void>> {
  if (params.status === 'published') throw new errors.ApplicationError(messages.publish.notThroughSave);
  const data = (params.data ??= {});
  const current = action === 'update' && params.documentId ? await findAnswerDraft(strapi, params.documentId) : null;
  guardServerFields(ANSWER, data, current?.fields ?? null);

  const before = current?.question?.documentId ?? null;
  const questionTarget = await toOneTarget(strapi, QUESTION, data.question);
  const after = questionTarget === undefined ? before : questionTarget;
  const templateTarget = await toOneTarget(strapi, STYLE_TEMPLATE, data.template);
  const textWritten = action === 'create' || textChanges(data.body, current?.body);
  const templateChanged = templateTarget !== undefined && templateTarget !== (current?.template?.documentId ?? null);
  const moved = after !== before;
  if (!textWritten && !templateChanged && !moved) return async () => {};

  if (textWritten || templateChanged) {
    data.writtenBy = actor.kind === 'editor' ? actor.id : null;
    data.writtenAt = new Date().toISOString();
  }
  data.approvedBy = null;
  data.approvedAt = null;
  const affected = [...new Set([before, after].filter((id): id is string => Boolean(id)))];
  return async () => {
    for (const questionId of affected) {
      await markCaseChanged(strapi, questionId, actor, questionId === before && moved);
      if (moved) await reconcilePair(strapi, questionId);
    }
  };
}

/** The editor becomes an author of the case; an approved case goes back to review, one without an answer to work. */
async function markCaseChanged(strapi: Core.Strapi, questionId: string, actor: Actor, lostAnswer: boolean): Promise<void> {
  const question = await findQuestionDraft(strapi, questionId);
  if (!question || !isStage(question.stage)) return;
  const authors = caseAuthors(question);
  if (actor.kind === 'editor') authors.add(actor.id);
  let stage = stageAfterEdit(question.stage);
  if (lostAnswer && (stage === 'in_review' || stage === 'approved')) stage = 'in_progress';
  await asSystem(() =>
    strapi.documents(QUESTION).update({ documentId: questionId, data: { stage, authors: [...authors] } }),
  );
}
