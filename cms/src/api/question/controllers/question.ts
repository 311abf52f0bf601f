import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publicShapes } from '../../../content-api/public-shapes';
import { messages } from '../../../messages';
import { parseSubmission, RECEIPT_HASH, type Submission } from '../submission';

const QUESTION = 'api::question.question';
const TOPIC = 'api::topic.topic';
const FIELDS: Array<'documentId' | 'receivedAt' | 'dueAt' | 'submittedText' | 'receiptHash'> = [
  'documentId',
  'receivedAt',
  'dueAt',
  'submittedText',
  'receiptHash',
];

const BANK_PAGE = 1000;

type Stored = { documentId: string; receivedAt: string; dueAt: string; submittedText: string | null; receiptHash: string | null };

/** A refusal the site can word for the citizen: Strapi's error body with the reason in `details`. */
function refuse(reason: string, message: string): never {
  throw new errors.ValidationError(message, { reason });
}

/**
 * The CMS's body limit on a question counts UTF-16 code units (Strapi's maxLength), where the
 * service counts characters as a reader does: a long emoji question can be within the service's
 * limit and over Strapi's. The editor's working copy is then cut at a character boundary; the
 * complete text stays in `submittedText`.
 */
function bodyWithin(text: string, maxLength: number | undefined): string {
  if (!maxLength || text.length <= maxLength) return text;
  let body = '';
  for (const { segment } of new Intl.Segmenter('sv', { granularity: 'grapheme' }).segment(text)) {
    if (body.length + segment.length > maxLength) break;
    body += segment;
  }
  return body;
}

/**
 * A citizen's question arrives through the site's server route with a create-only token. Only the
 * submission's own fields are taken; the workflow makes it a draft in stage `new` whatever is sent.
 * A submission carries an idempotency key bound to its text: a retry from the site's outbox gets
 * the question already stored, the same key with another text is refused (409), and a unique index
 * on draft rows (cms/src/setup/submission-keys.ts) decides between two that arrive at once.
 */
export default factories.createCoreController(QUESTION, ({ strapi }) => {
  const findByKey = (key: string) =>
    strapi.documents(QUESTION).findFirst({ status: 'draft', filters: { idempotencyKey: key }, fields: FIELDS }) as Promise<Stored | null>;

  /** The answer to a submission whose key is already stored. */
  function repeated(ctx: { status: number; body: unknown }, existing: Stored, submission: Submission) {
    const receiptMatches = Boolean(submission.receiptHash) && existing.receiptHash === submission.receiptHash;
    if (!receiptMatches && existing.submittedText !== submission.submittedText) {
      ctx.status = 409;
      return { data: null, error: { status: 409, name: 'ConflictError', message: messages.intake.keyConflict, details: { reason: 'key_conflict' } } };
    }
    ctx.status = 200;
    return { data: { documentId: existing.documentId, receivedAt: existing.receivedAt, dueAt: existing.dueAt, receiptMatches } };
  }

  return {
    async create(ctx) {
      const parsed = parseSubmission((ctx.request.body as { data?: unknown } | undefined)?.data);
      if (!parsed.ok) refuse(parsed.reason, parsed.message);
      const submission = parsed.data;
      if (submission.topic) {
        const topic = await strapi.documents(TOPIC).findFirst({ filters: { documentId: submission.topic }, fields: ['id'] });
        if (!topic) refuse('unknown_topic', messages.intake.unknownTopic);
      }
      const key = submission.idempotencyKey;
      if (key) {
        const existing = await findByKey(key);
        if (existing) return repeated(ctx, existing, submission);
      }
      const maxLength = (strapi.contentType(QUESTION).attributes.body as { maxLength?: number }).maxLength;
      // Stage and dates are the workflow's (question-intake.ts); `new` is what it sets anyway.
      const data = { ...submission, stage: 'new' as const, body: bodyWithin(submission.submittedText, maxLength) };
      let question: Stored;
      try {
        question = (await strapi.documents(QUESTION).create({ data, fields: FIELDS })) as unknown as Stored;
      } catch (error) {
        // Another request with the same key won the race to the unique index: answer as its repeat.
        const winner = key ? await findByKey(key) : null;
        if (winner) return repeated(ctx, winner, submission);
        throw error;
      }
      ctx.status = 201;
      return { data: { documentId: question.documentId, receivedAt: question.receivedAt, dueAt: question.dueAt } };
    },

    /**
     * The published bank, newest answer first, a thousand a page (`?page=N`), in the content API's
     * envelope: the site's build reads all of it, and ten requests take a tenth of the time of a
     * hundred through `find`. The fields are the public shape's, whatever the query says.
     *
     * The page's questions are found by their row ids first, from the bank's own index
     * (setup/bank-order-index.ts), and then read whole: asked for in one query, the database
     * sorted every published question with its text for each page. Measured at 50,000 questions,
     * a page took about 350 ms that way.
     */
    async bank(ctx) {
      const asked = ctx.query.page ?? '1';
      const page = typeof asked === 'string' && /^[1-9]\d{0,8}$/.test(asked) ? Number(asked) : 0;
      if (page === 0) refuse('bad_page', messages.bank.badPage);
      const shape = publicShapes[QUESTION];
      const published = { publishedAt: { $notNull: true } };
      const newestFirst = [{ publishedAt: 'desc' as const }, { id: 'desc' as const }];
      const [rows, total] = await Promise.all([
        strapi.db.query(QUESTION).findMany({ select: ['id'], where: published, orderBy: newestFirst, offset: (page - 1) * BANK_PAGE, limit: BANK_PAGE }),
        strapi.db.query(QUESTION).count({ where: published }),
      ]);
      const pagination = { page, pageSize: BANK_PAGE, pageCount: Math.ceil(total / BANK_PAGE), total };
      if (rows.length === 0) return { data: [], meta: { pagination } };
      const data = await strapi.db.transaction(async ({ trx }) => {
        // PostgreSQL plans the answers' populate as a parallel scan of the whole answer link table,
        // which it estimates cheaper than a thousand lookups by question: measured at 50,000
        // questions on two cores, 116–133 ms a page against 33 ms without parallel workers. Only
        // for this read, in its own transaction.
        if (strapi.db.dialect.client === 'postgres') await trx.raw('SET LOCAL max_parallel_workers_per_gather = 0');
        return strapi.documents(QUESTION).findMany({
          status: 'published',
          filters: { id: { $in: rows.map((row: { id: number }) => row.id) } } as never,
          fields: shape.fields as never,
          populate: shape.populate,
          sort: newestFirst,
          limit: BANK_PAGE,
        });
      });
      return { data, meta: { pagination } };
    },

    /** received, answered (with the published slug) or not published (with the reason category).
     * The hash comes in the body, so that neither a URL nor Strapi's request log holds it. */
    async receipt(ctx) {
      const hash = (ctx.request.body as { data?: { receiptHash?: unknown } } | undefined)?.data?.receiptHash;
      if (typeof hash !== 'string' || !RECEIPT_HASH.test(hash)) refuse('bad_receipt_hash', messages.intake.badReceiptHash);
      const draft = (await strapi.documents(QUESTION).findFirst({
        status: 'draft',
        filters: { receiptHash: hash },
        fields: ['documentId', 'stage', 'rejectionReason', 'receivedAt', 'dueAt'],
      })) as { documentId: string; stage: string; rejectionReason: string | null; receivedAt: string; dueAt: string } | null;
      if (!draft) throw new errors.NotFoundError();
      if (draft.stage === 'rejected') {
        return { data: { status: 'not_published', reason: draft.rejectionReason ?? 'other' } };
      }
      const published = (await strapi.documents(QUESTION).findOne({
        documentId: draft.documentId,
        status: 'published',
        fields: ['slug'],
      })) as { slug: string } | null;
      if (published) return { data: { status: 'answered', slug: published.slug } };
      return { data: { status: 'received', receivedAt: draft.receivedAt, dueAt: draft.dueAt } };
    },
  };
});
