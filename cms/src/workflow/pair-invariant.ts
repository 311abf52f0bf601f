import type { Core } from '@strapi/strapi';
import { asSystem } from './actor';
import { ANSWER, CLEARED, QUESTION, findLiveQuestion, findQuestionDraft, isLive } from './documents';

/**
 * A published question always has its published answer, and only that one. When an answer moves to
 * another question (from either side of the relation), or is deleted, the pairs it belonged to are
 * taken off the site: both questions and both answers come down, and each needs a new approval.
 * Without this, the content API served a published question with `answer: null` and every later
 * site build failed on it.
 */
export async function reconcilePair(strapi: Core.Strapi, questionId: string): Promise<void> {
  const draft = await findQuestionDraft(strapi, questionId);
  const live = await findLiveQuestion(strapi, questionId);
  const draftAnswer = draft?.answer?.documentId ?? null;
  const liveAnswer = live?.answer?.documentId ?? null;
  if (draft && live && draftAnswer && draftAnswer === liveAnswer) return;
  if (!live && !(draftAnswer && (await answerLiveElsewhere(strapi, draftAnswer, questionId)))) return;

  await asSystem(async () => {
    if (live) await strapi.documents(QUESTION).unpublish({ documentId: questionId });
    for (const answerId of new Set([liveAnswer, draftAnswer].filter((id): id is string => Boolean(id)))) {
      if (await isLive(strapi, ANSWER, answerId)) await strapi.documents(ANSWER).unpublish({ documentId: answerId });
      await strapi.documents(ANSWER).update({ documentId: answerId, data: { approvedBy: null, approvedAt: CLEARED } });
    }
    if (draft && draft.stage !== 'rejected' && draft.stage !== 'new') {
      await strapi.documents(QUESTION).update({
        documentId: questionId,
        data: { stage: draftAnswer ? 'in_review' : 'in_progress' },
      });
    }
  });
}

/** An answer still published as part of another question's pair (it was just moved here). */
async function answerLiveElsewhere(strapi: Core.Strapi, answerId: string, questionId: string): Promise<boolean> {
  const live = (await strapi.documents(ANSWER).findOne({
    documentId: answerId,
    status: 'published',
    fields: ['documentId'],
    populate: { question: { fields: ['documentId'] } },
  }));
  return Boolean(live && live.question?.documentId !== questionId);
}
