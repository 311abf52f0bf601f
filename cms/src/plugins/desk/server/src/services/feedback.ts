import type { Core } from '@strapi/strapi';
import { leastHelpful, questionFeedback } from '../../../../../feedback/reports';
import type { CaseFeedbackResponse, LeastHelpfulResponse } from '../../../shared/contracts';
import { questionUrl } from './cases';

/** "Hjälpte svaret dig?" as the desk shows it (cms/src/feedback/reports.ts reads it): never through the content API. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    async forCase(documentId: string): Promise<CaseFeedbackResponse> {
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
