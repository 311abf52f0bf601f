import type { Core } from '@strapi/strapi';
import { asSystem, currentActor } from './actor';
import { checkAnswerWrite } from './answer-rules';
import { ANSWER, QUESTION, findAnswerDraft, findQuestionDraft } from './documents';
import { publishPair, unpublishPair } from './publish-guard';
import { applyIntake } from './question-intake';
import { checkQuestionUpdate } from './question-rules';
import { fillSlug } from './slug';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * The editorial workflow as one document-service middleware, so that it holds for every way in:
 * the admin, the REST API with any token, the seed and scripts. Each rule lives in its own module.
 */
export function registerWorkflow(strapi: Core.Strapi): void {
  const workflow: DocumentMiddleware = async (ctx, next) => {
    if (ctx.uid !== QUESTION && ctx.uid !== ANSWER) return next();
    const actor = currentActor(strapi);
    if (actor.kind === 'system') return next();
    const params = ctx.params as Record<string, any>;

    switch (ctx.action) {
      case 'create':
      case 'clone': {
        if (ctx.uid === QUESTION) {
          applyIntake(params);
          await fillSlug(strapi, QUESTION, params.data);
          return next();
        }
        const after = await checkAnswerWrite(strapi, actor, 'create', params);
        const result = await next();
        await after();
        return result;
      }
      case 'update': {
        const after =
          ctx.uid === QUESTION
            ? await checkQuestionUpdate(strapi, actor, params as never)
            : await checkAnswerWrite(strapi, actor, 'update', params);
        const result = await next();
        await after();
        return result;
      }
      case 'publish':
        return publishPair(strapi, ctx.uid, params.documentId, next as () => Promise<unknown>) as never;
      case 'unpublish':
        return unpublishPair(strapi, ctx.uid, params.documentId, next as () => Promise<unknown>) as never;
      case 'delete':
        return deletePair(strapi, ctx.uid, params.documentId, next as () => Promise<unknown>) as never;
      default:
        return next();
    }
  };
  strapi.documents.use(workflow);
}

/** A question never stays published without its answer, and a deleted question takes its answer along. */
async function deletePair<T>(strapi: Core.Strapi, uid: string, documentId: string, deleteOwn: () => Promise<T>): Promise<T> {
  if (!documentId) return deleteOwn();
  if (uid === QUESTION) {
    const question = await findQuestionDraft(strapi, documentId);
    const result = await deleteOwn();
    if (question?.answer) {
      await asSystem(() => strapi.documents(ANSWER).delete({ documentId: question.answer!.documentId } as never));
    }
    return result;
  }
  const answer = await findAnswerDraft(strapi, documentId);
  const questionId = answer?.question?.documentId;
  const result = await deleteOwn();
  if (questionId) {
    await asSystem(async () => {
      await strapi.documents(QUESTION).unpublish({ documentId: questionId } as never);
      const question = await findQuestionDraft(strapi, questionId);
      if (question && question.stage !== 'rejected') {
        await strapi.documents(QUESTION).update({ documentId: questionId, data: { stage: 'in_progress' } } as never);
      }
    });
  }
  return result;
}
