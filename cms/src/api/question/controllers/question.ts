import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '../../../messages';
import { parseSubmission } from '../submission';

const QUESTION = 'api::question.question';

/**
 * A citizen's question arrives through the site's server route with a create-only token. Only the
 * submission's own fields are taken; the workflow makes it a draft in stage `new` whatever is sent.
 * A submission carries an idempotency key, so that a retry from the site's outbox returns the
 * question already stored instead of storing it twice.
 */
export default factories.createCoreController(QUESTION, ({ strapi }) => ({
  async create(ctx) {
    const parsed = parseSubmission((ctx.request.body as { data?: unknown } | undefined)?.data);
    if (!parsed.ok) throw new errors.ValidationError(parsed.message);
    const fields = ['documentId', 'receivedAt', 'dueAt'];
    if (parsed.data.idempotencyKey) {
      const existing = await strapi.documents(QUESTION).findFirst({
        status: 'draft',
        filters: { idempotencyKey: parsed.data.idempotencyKey },
        fields,
      } as never);
      if (existing) {
        ctx.status = 200;
        return { data: existing };
      }
    }
    const question = await strapi.documents(QUESTION).create({ data: parsed.data, fields } as never);
    const { documentId, receivedAt, dueAt } = question as unknown as Record<string, string>;
    ctx.status = 201;
    return { data: { documentId, receivedAt, dueAt } };
  },

  /** received, answered (with the published slug) or not published (with the reason category). */
  async receipt(ctx) {
    const hash = String(ctx.params.hash ?? '');
    if (!/^[a-f0-9]{64}$/.test(hash)) throw new errors.ValidationError(messages.intake.badReceiptHash);
    const draft = (await strapi.documents(QUESTION).findFirst({
      status: 'draft',
      filters: { receiptHash: hash },
      fields: ['documentId', 'stage', 'rejectionReason', 'receivedAt', 'dueAt'],
    } as never)) as { documentId: string; stage: string; rejectionReason: string | null; receivedAt: string; dueAt: string } | null;
    if (!draft) throw new errors.NotFoundError();
    if (draft.stage === 'rejected') {
      return { data: { status: 'not_published', reason: draft.rejectionReason ?? 'other' } };
    }
    const published = (await strapi.documents(QUESTION).findOne({
      documentId: draft.documentId,
      status: 'published',
      fields: ['slug'],
    } as never)) as { slug: string } | null;
    if (published) return { data: { status: 'answered', slug: published.slug } };
    return { data: { status: 'received', receivedAt: draft.receivedAt, dueAt: draft.dueAt } };
  },
}));
