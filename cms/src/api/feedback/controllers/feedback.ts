import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { QUESTION_ID } from '@frageladan/config/domain/feedback';
import { parseMissingText, parseVote } from '../../../feedback/requests';
import { messages } from '../../../messages';
import { QUESTION } from '../../../workflow/documents';

type Context = { request: { body?: { data?: unknown } }; params: Record<string, string>; status: number };

/** A refusal the site can word for the citizen: Strapi's error body with the reason in `details`. */
function refuse(reason: string, message: string): never {
  throw new errors.ValidationError(message, { reason });
}

/**
 * "Hjälpte svaret dig?": the site's votes and texts (content API, submit token), and the editors'
 * reading of them (admin API, see src/feedback/admin-routes.ts). Feedback is only taken for a
 * question that is published: a vote for one that does not exist, or no longer does, is refused.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feedback = () => strapi.service('api::feedback.feedback');

  async function mustBePublished(documentId: string): Promise<void> {
    const published = await strapi.documents(QUESTION).findOne({ documentId, status: 'published', fields: ['id'] });
    if (!published) throw new errors.NotFoundError(messages.feedback.unknownQuestion, { reason: 'unknown_question' });
  }

  return {
    async vote(ctx: Context) {
      const parsed = parseVote(ctx.request.body?.data);
      if (!parsed.ok) refuse(parsed.reason, parsed.message);
      await mustBePublished(parsed.data.question);
      await feedback().countVote(parsed.data.question, parsed.data.helped);
      ctx.status = 201;
      return { data: { counted: true } };
    },

    async text(ctx: Context) {
      const parsed = parseMissingText(ctx.request.body?.data);
      if (!parsed.ok) refuse(parsed.reason, parsed.message);
      await mustBePublished(parsed.data.question);
      await feedback().saveMissingText(parsed.data.question, parsed.data.text);
      ctx.status = 201;
      return { data: { saved: true } };
    },

    async counts() {
      return { data: await feedback().counts() };
    },

    async question(ctx: Context) {
      const { documentId } = ctx.params;
      if (!QUESTION_ID.test(documentId ?? '')) refuse('bad_question', messages.feedback.badQuestion);
      return { data: await feedback().forQuestion(documentId) };
    },

    async leastHelpful() {
      return { data: await feedback().leastHelpful() };
    },
  };
};
