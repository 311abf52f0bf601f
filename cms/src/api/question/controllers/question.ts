import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseSubmission } from '../submission';

/**
 * A citizen's question arrives through the site's server route with a create-only token. Only the
 * submission's own fields are taken; the workflow makes it a draft in stage `new` whatever is sent.
 * The answer says nothing about the stored question beyond what the site needs for the receipt.
 */
export default factories.createCoreController('api::question.question', ({ strapi }) => ({
  async create(ctx) {
    const parsed = parseSubmission((ctx.request.body as { data?: unknown } | undefined)?.data);
    if (!parsed.ok) throw new errors.ValidationError(parsed.message);
    const question = await strapi.documents('api::question.question').create({
      data: parsed.data,
      fields: ['documentId', 'receivedAt', 'dueAt'],
    } as never);
    const { documentId, receivedAt, dueAt } = question as unknown as Record<string, string>;
    ctx.status = 201;
    return { data: { documentId, receivedAt, dueAt } };
  },
}));
