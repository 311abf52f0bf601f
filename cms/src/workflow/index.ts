import type { Core } from '@strapi/strapi';
import { normaliseStrings } from '@frageladan/config/domain/text';
import { asSystem, currentActor } from './actor';
import { checkAnswerWrite } from './answer-rules';
import { checkAssignment } from './assignment';
import { caseEventsMiddleware, guardCaseRecord } from './case-events';
import { ANSWER, QUESTION, REFERRAL, findAnswerDraft, findQuestionDraft } from './documents';
import { reconcilePair } from './pair-invariant';
import { publishPair, unpublishPair } from './publish-guard';
import { applyIntake } from './question-intake';
import { checkQuestionUpdate } from './question-rules';
import { checkReferralWrite } from './referral-rules';
import { fillSlug } from './slug';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * The editorial workflow as one document-service middleware, so that it holds for every way in:
 * the admin, the REST API with any token, the seed and scripts. Each rule lives in its own module.
 */
export function registerWorkflow(strapi: Core.Strapi): void {
  const workflow: DocumentMiddleware = async (ctx, next) => {
    const params = ctx.params as Record<string, any>;
    // Text from any route, for any type, is stored as NFC without NUL or control characters:
    // PostgreSQL refuses a NUL byte with a 500, and no reader needs the others.
    if ((ctx.action === 'create' || ctx.action === 'update' || ctx.action === 'clone') && params.data) {
      normaliseStrings(params.data);
    }
    const actor = currentActor(strapi);
    if (actor.kind === 'system') return next();
    if (ctx.uid === REFERRAL && (ctx.action === 'create' || ctx.action === 'update')) checkReferralWrite(params.data);
    if (ctx.uid !== QUESTION && ctx.uid !== ANSWER) return next();

    switch (ctx.action) {
      case 'create':
      case 'clone': {
        if (ctx.uid === QUESTION) {
          applyIntake(params, new Date(), ctx.action);
          await fillSlug(strapi, QUESTION, params.data);
          return next();
        }
        const after = await checkAnswerWrite(strapi, actor, 'create', params);
        const result = await next();
        await after();
        return result;
      }
      case 'update': {
        if (ctx.uid === QUESTION) await checkAssignment(strapi, actor, params);
        const after =
          ctx.uid === QUESTION
            ? await checkQuestionUpdate(strapi, actor, params as { documentId: string; data?: Record<string, unknown>; status?: string })
            : await checkAnswerWrite(strapi, actor, 'update', params);
        const result = await next();
        await after();
        return result;
      }
      case 'publish':
        return publishPair(strapi, ctx.uid, params.documentId, next);
      case 'unpublish':
        return unpublishPair(strapi, ctx.uid, params.documentId, next);
      case 'delete':
        return deletePair(strapi, ctx.uid, params.documentId, next);
      default:
        return next();
    }
  };
  // The case record goes first, so that it sees each call whole, with the workflow's follow-ups.
  strapi.documents.use(caseEventsMiddleware(strapi));
  guardCaseRecord(strapi);
  strapi.documents.use(workflow);
}

/** A deleted question takes its answer along; a deleted answer takes its question off the site. */
async function deletePair<T>(strapi: Core.Strapi, uid: string, documentId: string, deleteOwn: () => T): Promise<Awaited<T>> {
  if (!documentId) return await deleteOwn();
  if (uid === QUESTION) {
    const question = await findQuestionDraft(strapi, documentId);
    const result = await deleteOwn();
    if (question?.answer) {
      await asSystem(() => strapi.documents(ANSWER).delete({ documentId: question.answer!.documentId }));
    }
    return result;
  }
  const answer = await findAnswerDraft(strapi, documentId);
  const result = await deleteOwn();
  const questionId = answer?.question?.documentId;
  if (questionId) {
    await reconcilePair(strapi, questionId);
    const question = await findQuestionDraft(strapi, questionId);
    if (question && question.stage !== 'rejected' && question.stage !== 'new' && question.stage !== 'in_progress') {
      await asSystem(() => strapi.documents(QUESTION).update({ documentId: questionId, data: { stage: 'in_progress' } }));
    }
  }
  return result;
}
