import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '../messages';
import { asSystem } from './actor';
import { ANSWER, CLEARED, QUESTION, findAnswerDraft, findQuestionDraft, type QuestionDraft } from './documents';
import { hasValidApproval } from './four-eyes';
import { assertNothingIdentifying } from './pii-guard';
import { fillSlug } from './slug';
import { canPublish, isStage } from '@frageladan/config/domain/stages';

/**
 * A question and its answer are published together, and only once a second editor has approved the
 * answer and nothing in the case is flagged as identifying (pii-guard.ts). Publishing either
 * publishes both; on the way the citizen's original text and the PII findings are deleted, so they
 * never reach a published row.
 */

async function questionFor(strapi: Core.Strapi, uid: string, documentId: string): Promise<QuestionDraft> {
  if (uid === QUESTION) {
    const question = await findQuestionDraft(strapi, documentId);
    if (!question) throw new errors.NotFoundError();
    return question;
  }
  const answer = await findAnswerDraft(strapi, documentId);
  if (!answer?.question) throw new errors.ApplicationError(messages.publish.answerWithoutQuestion);
  const question = await findQuestionDraft(strapi, answer.question.documentId);
  if (!question) throw new errors.ApplicationError(messages.publish.answerWithoutQuestion);
  return question;
}

export async function publishPair<T>(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  publishOwn: () => T,
): Promise<Awaited<T>> {
  const question = await questionFor(strapi, uid, documentId);
  if (question.stage === 'rejected') throw new errors.ApplicationError(messages.publish.rejected);
  if (!question.answer) throw new errors.ApplicationError(messages.publish.noAnswer);
  if (!isStage(question.stage) || !canPublish(question.stage) || !hasValidApproval(question)) {
    throw new errors.ApplicationError(messages.publish.notApproved);
  }
  if (!question.title?.trim() || !question.body?.trim()) throw new errors.ApplicationError(messages.publish.missingText);
  await assertNothingIdentifying(strapi, question);

  const answerId = question.answer.documentId;
  const scrubbed: Record<string, unknown> = { stage: 'published', submittedText: null, piiFindings: null };
  if (!question.slug) {
    scrubbed.title = question.title;
    await fillSlug(strapi, QUESTION, scrubbed);
    delete scrubbed.title;
  }
  return asSystem(async (): Promise<Awaited<T>> => {
    await strapi.documents(QUESTION).update({ documentId: question.documentId, data: scrubbed });
    // The question goes first so that the published answer can link to a published question.
    if (uid === QUESTION) {
      const result = await publishOwn();
      await strapi.documents(ANSWER).publish({ documentId: answerId });
      return result;
    }
    await strapi.documents(QUESTION).publish({ documentId: question.documentId });
    return await publishOwn();
  });
}

/** Unpublishing either takes both off the site; publishing again needs a fresh approval. */
export async function unpublishPair<T>(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  unpublishOwn: () => T,
): Promise<Awaited<T>> {
  const question = await questionFor(strapi, uid, documentId).catch(() => null);
  const result = await unpublishOwn();
  if (!question) return result;
  await asSystem(async () => {
    if (uid === QUESTION && question.answer) {
      await strapi.documents(ANSWER).unpublish({ documentId: question.answer.documentId });
    } else if (uid === ANSWER) {
      await strapi.documents(QUESTION).unpublish({ documentId: question.documentId });
    }
    if (question.stage === 'published' || question.stage === 'approved') {
      await strapi.documents(QUESTION).update({ documentId: question.documentId, data: { stage: 'in_review' } });
    }
    if (question.answer) {
      await strapi.documents(ANSWER).update({
        documentId: question.answer.documentId,
        data: { approvedBy: null, approvedAt: CLEARED },
      });
    }
  });
  return result;
}
