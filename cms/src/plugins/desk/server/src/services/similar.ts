import type { Core } from '@strapi/strapi';
import MiniSearch from 'minisearch';
import { QUESTION } from '../../../../../workflow/documents';
import type { SimilarQuestion } from '../../../shared/contracts';
import { questionUrl } from './cases';

/**
 * The published questions, searchable in memory with MiniSearch: "Liknande besvarade frågor" beside
 * a case, and the search on the Publicerade page. Built once, on first use, from the published rows;
 * kept current from Strapi's entry events (a publication, an unpublication, a deletion).
 */

interface Doc {
  id: string;
  title: string;
  body: string;
  slug: string;
  topic: string | null;
  publishedAt: string;
}

// Words too common in questions to say anything about what a question is about.
const STOP_WORDS = new Set(
  (
    'och att det som en ett är jag min mitt mina har hade för med av till om kan inte vad hur de den du vi man så men eller från ' +
    'hon han sig ska skulle när var mig vill få finns där här dem deras hans hennes sin sitt sina nu bara också mycket mer än ' +
    'någon något några alla allt hej tack fråga frågan undrar vet kommer blir gör göra varit vara eftersom sedan efter innan ' +
    'över under utan mot hos vid vilka vilken vilket detta denna dessa ni er era oss våra vår vårt the'
  ).split(' '),
);

const processTerm = (term: string) => {
  const lower = term.toLocaleLowerCase('sv');
  return lower.length < 3 || STOP_WORDS.has(lower) ? null : lower;
};

const BATCH = 1000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let index: MiniSearch<Doc> | null = null;
  let building: Promise<MiniSearch<Doc>> | null = null;
  const stale = new Set<string>();

  async function liveRows(where: Record<string, unknown>, offset = 0, limit = BATCH): Promise<Doc[]> {
    const rows = (await strapi.db.query(QUESTION).findMany({
      where: { ...where, publishedAt: { $notNull: true } },
      select: ['documentId', 'title', 'body', 'slug', 'publishedAt'],
      populate: { topic: { select: ['name'] } },
      orderBy: { id: 'asc' },
      offset,
      limit,
    })) as Array<{ documentId: string; title: string | null; body: string | null; slug: string | null; publishedAt: string; topic: { name: string } | null }>;
    return rows.map((r) => ({
      id: r.documentId,
      title: r.title ?? '',
      body: r.body ?? '',
      slug: r.slug ?? '',
      topic: r.topic?.name ?? null,
      publishedAt: new Date(r.publishedAt).toISOString(),
    }));
  }

  async function build(): Promise<MiniSearch<Doc>> {
    const search = new MiniSearch<Doc>({
      fields: ['title', 'body'],
      storeFields: ['title', 'slug', 'topic', 'publishedAt'],
      processTerm,
      searchOptions: { boost: { title: 2 }, processTerm },
    });
    for (let offset = 0; ; offset += BATCH) {
      const rows = await liveRows({}, offset);
      search.addAll(rows);
      if (rows.length < BATCH) break;
      // Let requests through between batches while a large bank is indexed.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return search;
  }

  async function current(): Promise<MiniSearch<Doc>> {
    if (!index) {
      building ??= build().finally(() => (building = null));
      index = await building;
      stale.clear();
    }
    if (stale.size > 0) {
      const ids = [...stale];
      stale.clear();
      for (const id of ids) if (index.has(id)) index.discard(id);
      index.addAll(await liveRows({ documentId: { $in: ids } }, 0, ids.length + 10));
    }
    return index;
  }

  const toSimilar = (hit: { id: string; title?: string; slug?: string; topic?: string | null }): SimilarQuestion => ({
    id: String(hit.id),
    title: hit.title ?? '',
    url: questionUrl(hit.slug ?? ''),
    topic: hit.topic ?? null,
  });

  return {
    /** Keeps the index current: Strapi announces every publication, unpublication and deletion. */
    watch() {
      for (const event of ['entry.publish', 'entry.unpublish', 'entry.delete', 'entry.update']) {
        strapi.eventHub.on(event, async (payload: unknown) => {
          const { uid, entry } = (payload ?? {}) as { uid?: string; entry?: { documentId?: string } };
          if (uid === QUESTION && entry?.documentId) stale.add(entry.documentId);
        });
      }
    },

    /** Published questions close to a text, best first, leaving out the case itself. */
    async similar(text: string, excludeId: string, limit = 5): Promise<SimilarQuestion[]> {
      const search = await current();
      const terms = [...new Set(text.split(/[^\p{L}\p{N}]+/u).map(processTerm).filter((t): t is string => Boolean(t)))].slice(0, 60);
      if (terms.length === 0) return [];
      return search
        .search(terms.join(' '), { combineWith: 'OR' })
        .filter((hit) => hit.id !== excludeId)
        .slice(0, limit)
        .map((hit) => toSimilar({ id: String(hit.id), title: hit.title, slug: hit.slug, topic: hit.topic }));
    },

    /** Published questions matching what an editor typed, best first. */
    async search(query: string): Promise<Array<{ id: string; score: number }>> {
      const search = await current();
      return search
        .search(query, { combineWith: 'AND', prefix: true, fuzzy: 0.2 })
        .map((hit) => ({ id: String(hit.id), score: hit.score }));
    },
  };
};
