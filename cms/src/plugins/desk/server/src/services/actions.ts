import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '../../../../../messages';
import { currentActor } from '../../../../../workflow/actor';
import { addComment, reject, sendBack } from '../../../../../workflow/case-record';
import { ANSWER, QUESTION, findQuestionDraft } from '../../../../../workflow/documents';
import type { ActionRequest, CaseDraft } from '../../../shared/contracts';
import { swedishValidationError } from './validation-messages';

/**
 * The editor's actions on a case, each as document-service calls made as the logged-in editor,
 * so the workflow middleware (cms/src/workflow) allows or refuses each one with its own Swedish
 * message. Several calls that make one action run in one transaction: refused, nothing changes.
 */

async function saveDraft(strapi: Core.Strapi, documentId: string, draft: CaseDraft): Promise<void> {
  const question = await findQuestionDraft(strapi, documentId);
  if (!question) throw new errors.NotFoundError(messages.caseRecord.noSuchCase);
  await strapi.documents(QUESTION).update({
    documentId,
    data: { title: draft.title, body: draft.body, topic: draft.topicId, piiClearances: draft.piiClearances },
  });
  const template = draft.templateId;
  try {
    if (question.answer) {
      await strapi.documents(ANSWER).update({ documentId: question.answer.documentId, data: { body: draft.answer, template } });
    } else if (draft.answer.trim()) {
      await strapi.documents(ANSWER).create({ data: { body: draft.answer, template, question: documentId } });
    }
  } catch (error) {
    throw swedishValidationError(error, 'answer');
  }
}

function me(strapi: Core.Strapi): number {
  const actor = currentActor(strapi);
  if (actor.kind !== 'editor') throw new errors.UnauthorizedError();
  return actor.id;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(documentId: string, request: ActionRequest): Promise<void> {
    const question = () => strapi.documents(QUESTION);
    switch (request.action) {
      case 'save':
        return strapi.db.transaction(() => saveDraft(strapi, documentId, request.draft));
      case 'submit':
        return strapi.db.transaction(async () => {
          await saveDraft(strapi, documentId, request.draft);
          await question().update({ documentId, data: { stage: 'in_review' } });
        });
      case 'take':
        await question().update({ documentId, data: { assignee: me(strapi) } });
        return;
      case 'release':
        await question().update({ documentId, data: { assignee: null } });
        return;
      case 'approve':
        await question().update({ documentId, data: { stage: 'approved' } });
        return;
      case 'approvePublish':
        return strapi.db.transaction(async () => {
          await question().update({ documentId, data: { stage: 'approved' } });
          await question().publish({ documentId });
        });
      case 'publish':
        await question().publish({ documentId });
        return;
      case 'unpublish':
        await question().unpublish({ documentId });
        return;
      case 'sendBack':
        return sendBack(strapi, documentId, request.comment);
      case 'comment':
        return addComment(strapi, documentId, request.comment);
      case 'reject':
        return reject(strapi, documentId, request.reason, request.note);
    }
  },
});
