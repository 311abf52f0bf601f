import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { leastHelpful, questionFeedback } from '../../../../../feedback/reports';
import { messages } from '../../../../../messages';
import { findQuestionDraft } from '../../../../../workflow/documents';
import type { CaseFeedbackResponse, LeastHelpfulResponse } from '../../../shared/contracts';
import { questionUrl } from './cases';

/** "Hjälpte svaret dig?" as the desk shows it (cms/src/feedback/reports.ts reads it): never through the content API. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    async forCase(documentId: string): Promise<CaseFeedbackResponse> {
      // A case that does not exist has no feedback to show, rather than none given: said as the case view says it.
      if (!(await findQuestionDraft(strapi, documentId))) throw new errors.NotFoundError(messages.caseRecord.noSuchCase);
      const { helped, notHelped, texts } = await questionFeedback(strapi, documentId);
      return { helped, notHelped, texts: texts.map((x) => ({ day: x.day, text: x.text, piiFindings: x.piiFindings.map(({ kind, text }) => ({ kind, text })) })) };
    },
    async leastHelpful(): Promise<LeastHelpfulResponse> {
      const { since, questions } = await leastHelpful(strapi);
      return {
        since,
        items: questions.map((q) => ({
          id: q.documentId,
          title: q.title,
          url: q.slug && q.published ? questionUrl(q.slug) : null,
          published: q.published,
          helped: q.helped,
          notHelped: q.notHelped,
          texts: q.texts,
        })),
      };
    },
  };
};
