import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMMENT_TEXT } from '@frageladan/config/domain/limits';
import type { RejectionReason } from '@frageladan/config/domain/stages';
import { hasVisibleText, normaliseText, visibleLength } from '@frageladan/config/domain/text';
import { messages } from '../messages';
import { currentActor } from './actor';
import { recordCaseEvents } from './case-events';
import { QUESTION, findQuestionDraft } from './documents';
import { snapshotReturned } from './reviewed-version';

/**
 * What editors say to each other about a case, kept in the case record (case-events.ts): an
 * internal comment, the comment a reviewer sends a case back with, and the note beside a rejection.
 * Never public: the record has no content-API route, and every field of it is private.
 */

function commentText(input: unknown, required: boolean): string | null {
  const text = typeof input === 'string' ? normaliseText(input).trim() : '';
  if (!text || !hasVisibleText(text)) {
    if (required) throw new errors.ValidationError(messages.caseRecord.commentRequired);
    return null;
  }
  if (visibleLength(text) > COMMENT_TEXT.max) throw new errors.ValidationError(messages.caseRecord.commentTooLong);
  return text;
}

async function existingCase(strapi: Core.Strapi, documentId: string) {
  const question = await findQuestionDraft(strapi, documentId);
  if (!question) throw new errors.NotFoundError(messages.caseRecord.noSuchCase);
  return question;
}

function editor(strapi: Core.Strapi) {
  const actor = currentActor(strapi);
  if (actor.kind !== 'editor') throw new errors.ForbiddenError(messages.caseRecord.editorsOnly);
  return actor;
}

/** An internal comment on a case, by the logged-in editor. */
export async function addComment(strapi: Core.Strapi, documentId: string, input: unknown): Promise<void> {
  const actor = editor(strapi);
  const comment = commentText(input, true);
  await existingCase(strapi, documentId);
  await recordCaseEvents(strapi, actor, [{ caseId: documentId, kind: 'comment', comment }]);
}

/**
 * A reviewer sends a case back to its writer with a comment saying what to change: the case goes
 * back to work, the version sent back is kept for the next review to compare with, and the comment
 * is in the case for the writer to read. All of it or nothing.
 */
export async function sendBack(strapi: Core.Strapi, documentId: string, input: unknown): Promise<void> {
  const actor = editor(strapi);
  const comment = commentText(input, true);
  await strapi.db.transaction(async () => {
    const question = await existingCase(strapi, documentId);
    if (question.stage !== 'in_review' && question.stage !== 'approved') {
      throw new errors.ApplicationError(messages.caseRecord.sendBackFromReviewOnly);
    }
    await snapshotReturned(strapi, documentId);
    await strapi.documents(QUESTION).update({ documentId, data: { stage: 'in_progress' } });
    await recordCaseEvents(strapi, actor, [{ caseId: documentId, kind: 'comment', comment }]);
  });
}

/** A rejection with its reason and, if the editor wrote one, an internal note, in one step. */
export async function reject(strapi: Core.Strapi, documentId: string, reason: RejectionReason, note: unknown): Promise<void> {
  const actor = editor(strapi);
  const comment = commentText(note, false);
  await strapi.db.transaction(async () => {
    await existingCase(strapi, documentId);
    await strapi.documents(QUESTION).update({ documentId, data: { stage: 'rejected', rejectionReason: reason } });
    if (comment) await recordCaseEvents(strapi, actor, [{ caseId: documentId, kind: 'comment', comment }]);
  });
}
