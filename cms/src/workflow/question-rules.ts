import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { canMoveManually, isRejectionReason, isStage, stageAfterEdit } from '@frageladan/config/domain/stages';
import { messages } from '../messages';
import { asSystem, type Actor } from './actor';
import { ANSWER, CLEARED, QUESTION, TOPIC, findQuestionDraft, textChanges } from './documents';
import { assertMayApprove, caseAuthors } from './four-eyes';
import { reconcilePair } from './pair-invariant';
import { sameClearances, stampClearances } from './pii-guard';
import { toOneTarget } from './relations';
import { guardServerFields } from './server-fields';

type UpdateParams = { documentId: string; data?: Record<string, unknown>; status?: string };

/**
 * An editor saves a question: stage moves are checked against the stage machine, approval needs an
 * editor who has not changed the case since its last approval, rejection needs a reason, and a
 * change to the case makes its editor an author and sends approved content back to review.
 * Returns what must happen once the save itself has gone through.
 */
export async function checkQuestionUpdate(
  strapi: Core.Strapi,
  actor: Actor,
  params: UpdateParams,
): Promise<() => Promise<void>> {
  if (params.status === 'published') throw new errors.ApplicationError(messages.publish.notThroughSave);
  const current = await findQuestionDraft(strapi, params.documentId);
  if (!current) return async () => {};
  const data = (params.data ??= {});
  guardServerFields(QUESTION, data, current.fields);

  let clearancesChanged = false;
  if ('piiClearances' in data) {
    const stamped = stampClearances(data.piiClearances, current.piiClearances, actor);
    clearancesChanged = !sameClearances(stamped, current.piiClearances);
    if (clearancesChanged) data.piiClearances = stamped;
    else delete data.piiClearances;
  }

  const from = isStage(current.stage) ? current.stage : 'new';
  const requested = data.stage === undefined || data.stage === null ? from : data.stage;
  if (!isStage(requested)) throw new errors.ValidationError(messages.stage.unknown(String(requested)));

  const topicTarget = await toOneTarget(strapi, TOPIC, data.topic);
  const answerTarget = await toOneTarget(strapi, ANSWER, data.answer);
  const previousAnswer = current.answer?.documentId ?? null;
  const answerMoved = answerTarget !== undefined && answerTarget !== previousAnswer;
  const contentChanged =
    textChanges(data.title, current.title) ||
    textChanges(data.body, current.body) ||
    textChanges(data.slug, current.slug) ||
    (topicTarget !== undefined && topicTarget !== (current.topic?.documentId ?? null)) ||
    answerMoved ||
    clearancesChanged;

  const authors = caseAuthors(current);
  if (contentChanged && actor.kind === 'editor') authors.add(actor.id);

  let to = requested;
  if (to !== from) {
    if (to === 'published') throw new errors.ApplicationError(messages.stage.publishedBySave);
    if (!canMoveManually(from, to)) throw new errors.ApplicationError(messages.stage.transition(from, to));
  } else if (contentChanged) {
    to = stageAfterEdit(from);
  }
  data.stage = to;

  let approverId: number | null = null;
  if (to === 'approved' && from !== 'approved') {
    approverId = await assertMayApprove(strapi, actor, current, authors);
    data.authors = [];
  } else if (contentChanged) {
    data.authors = [...authors];
  }
  if (to === 'rejected') {
    const reason = data.rejectionReason ?? current.rejectionReason;
    if (!isRejectionReason(reason)) throw new errors.ValidationError(messages.stage.rejectionNeedsReason);
    if (from !== 'rejected') data.rejectedAt = new Date().toISOString();
  } else if (from === 'rejected') {
    data.rejectedAt = null;
  }

  const approvalLost = contentChanged || ((from === 'approved' || from === 'published') && to !== 'approved' && to !== 'published');
  return async () => {
    const answerId = answerMoved ? answerTarget : previousAnswer;
    if (answerId && approverId !== null) await setApproval(strapi, answerId, approverId);
    else if (answerId && approvalLost) await setApproval(strapi, answerId, null);
    if (answerMoved) {
      // The answer that came and the one that went each leave a pair behind; keep both whole.
      await reconcilePair(strapi, current.documentId);
      if (previousAnswer) await setApproval(strapi, previousAnswer, null);
      for (const other of await otherQuestionsOf(strapi, answerTarget, current.documentId)) await reconcilePair(strapi, other);
    }
  };
}

/** Questions that an answer was published with, other than `questionId`. */
async function otherQuestionsOf(strapi: Core.Strapi, answerId: string | null | undefined, questionId: string): Promise<string[]> {
  if (!answerId) return [];
  const rows = (await strapi.db.query(QUESTION).findMany({
    where: { answer: { documentId: answerId }, documentId: { $ne: questionId } },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  return [...new Set(rows.map((r) => r.documentId))];
}

export async function setApproval(strapi: Core.Strapi, answerDocumentId: string, approverId: number | null) {
  await asSystem(() =>
    strapi.documents(ANSWER).update({
      documentId: answerDocumentId,
      data: { approvedBy: approverId, approvedAt: approverId === null ? CLEARED : new Date().toISOString() },
    }),
  );
}
