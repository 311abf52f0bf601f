import type { Core } from '@strapi/strapi';
import { isStage } from '@frageladan/config/domain/stages';
import { feedbackCountsFor } from '../../../../../feedback/reports';
import { QUESTION } from '../../../../../workflow/documents';
import type { PublishedResponse } from '../../../shared/contracts';
import { questionUrl } from './cases';

/** The Publicerade page: the published questions, newest first, or the best matches for a search, with their Ja and Nej. */

export const PUBLISHED_PAGE_SIZE = 20;

interface LiveRow {
  documentId: string;
  title: string | null;
  slug: string | null;
  publishedAt: string;
  topic: { name: string } | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(q: string, page: number): Promise<PublishedResponse> {
    const query = q.trim();
    let ids: string[] | null = null;
    let total: number;
    if (query) {
      const hits = await strapi.plugin('desk').service('similar').search(query);
      total = hits.length;
      ids = hits.slice((page - 1) * PUBLISHED_PAGE_SIZE, page * PUBLISHED_PAGE_SIZE).map((h: { id: string }) => h.id);
    } else {
      total = await strapi.db.query(QUESTION).count({ where: { publishedAt: { $notNull: true } } });
    }
    const rows = (await strapi.db.query(QUESTION).findMany({
      where: { publishedAt: { $notNull: true }, ...(ids ? { documentId: { $in: ids } } : {}) },
      select: ['documentId', 'title', 'slug', 'publishedAt'],
      populate: { topic: { select: ['name'] } },
      orderBy: { publishedAt: 'desc' },
      ...(ids ? {} : { offset: (page - 1) * PUBLISHED_PAGE_SIZE, limit: PUBLISHED_PAGE_SIZE }),
    })) as LiveRow[];
    const ordered = ids ? ids.flatMap((id) => rows.filter((r) => r.documentId === id)) : rows;
    const drafts = (await strapi.db.query(QUESTION).findMany({
      where: { publishedAt: null, documentId: { $in: ordered.map((r) => r.documentId) } },
      select: ['documentId', 'stage'],
    })) as Array<{ documentId: string; stage: string }>;
    const stageOf = new Map(drafts.map((d) => [d.documentId, d.stage]));
    const votes = new Map((await feedbackCountsFor(strapi, ordered.map((r) => r.documentId))).map((v) => [v.documentId, v]));
    return {
      q: query,
      page,
      pageCount: Math.max(1, Math.ceil(total / PUBLISHED_PAGE_SIZE)),
      total,
      items: ordered.map((r) => {
        const stage = stageOf.get(r.documentId);
        return {
          id: r.documentId,
          title: r.title ?? '',
          topic: r.topic?.name ?? null,
          publishedAt: new Date(r.publishedAt).toISOString(),
          url: questionUrl(r.slug ?? ''),
          stage: isStage(stage) ? stage : 'published',
          helped: votes.get(r.documentId)?.helped ?? 0,
          notHelped: votes.get(r.documentId)?.notHelped ?? 0,
        };
      }),
    };
  },
});

