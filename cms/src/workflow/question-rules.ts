import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '../messages';
import { asSystem, type Actor } from './actor';
import { ANSWER, findQuestionDraft, relationChanges, textChanges } from './documents';
import { assertMayApprove } from './four-eyes';
import { canMoveManually, isRejectionReason, isStage, stageAfterEdit } from '@frageladan/config/domain/stages';

/** Fields only the workflow writes; an editor's save never sets them. */
const SERVER_FIELDS = ['receiptHash', 'idempotencyKey', 'receivedAt', 'rejectedAt', 'piiFindings'];

type UpdateParams = { documentId: string; data?: Record<string, unknown>; status?: string };

/**
 * An editor saves a question: stage moves are checked against the stage machine, approval needs a
 * second editor, rejection needs a reason, and a change to approved content sends it back to review.
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
  for (const key of SERVER_FIELDS) delete data[key];

  const from = isStage(current.stage) ? current.stage : 'new';
  const requested = data.stage === undefined || data.stage === null ? from : data.stage;
  if (!isStage(requested)) throw new errors.ValidationError(messages.stage.unknown(String(requested)));

  const contentChanged =
    textChanges(data.title, current.title) || textChanges(data.body, current.body) || relationChanges(data.topic);

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
    approverId = await assertMayApprove(strapi, actor, current.answer);
  }
  if (to === 'rejected') {
    const reason = data.rejectionReason ?? current.rejectionReason;
    if (!isRejectionReason(reason)) throw new errors.ValidationError(messages.stage.rejectionNeedsReason);
    if (from !== 'rejected') data.rejectedAt = new Date().toISOString();
  } else if (from === 'rejected') {
    data.rejectedAt = null;
  }

  const approvalLost = (from === 'approved' || from === 'published') && to !== 'approved' && to !== 'published';
  const answerId = current.answer?.documentId;
  return async () => {
    if (!answerId) return;
    if (approverId !== null) {
      await setApproval(strapi, answerId, approverId);
    } else if (approvalLost) {
      await setApproval(strapi, answerId, null);
    }
  };
}

export async function setApproval(strapi: Core.Strapi, answerDocumentId: string, approverId: number | null) {
  await asSystem(() =>
    strapi.documents(ANSWER).update({
      documentId: answerDocumentId,
      data: { approvedBy: approverId, approvedAt: approverId === null ? null : new Date().toISOString() },
    } as never),
  );
}
