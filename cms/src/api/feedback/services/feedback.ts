import type { Core } from '@strapi/strapi';
import { purgeMissingTexts, saveMissingText } from '../../../feedback/missing-texts';
import { feedbackCounts, leastHelpful, questionFeedback } from '../../../feedback/reports';
import { countVote } from '../../../feedback/tally';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  countVote: (question: string, helped: boolean, at?: Date) => countVote(strapi, question, helped, at),
  saveMissingText: (question: string, text: string, at?: Date) => saveMissingText(strapi, question, text, at),
  /** Used by the nightly job and `npm run purge`. */
  purgeMissingTexts: (now?: Date) => purgeMissingTexts(strapi, now),
  counts: () => feedbackCounts(strapi),
  forQuestion: (documentId: string) => questionFeedback(strapi, documentId),
  leastHelpful: (limit?: number, now?: Date) => leastHelpful(strapi, limit, now),
});
