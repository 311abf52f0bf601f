import type { Core } from '@strapi/strapi';
import { isRejectionReason, type RejectionReason } from '@frageladan/config/domain/stages';

/**
 * Each case's life as the case record tells it (cms/src/workflow/case-events.ts), never as the
 * case looks now: when it arrived, when it was first published, first rejected (and why) or
 * deleted. A case published, unpublished and published again has one first publication.
 *
 * Read with two plain queries on the tables, selecting only the columns needed, because the
 * statistics for a year read tens of thousands of entries and the query engine's per-row work
 * would dominate. Table and column names are Strapi's for the schemas in src/api (case_events,
 * questions, questions_topic_lnk, topics).
 */

export interface CaseTimeline {
  caseId: string;
  /** the topic's document id, or null */
  topic: string | null;
  receivedAt: number | null;
  publishedAt: number | null;
  rejectedAt: number | null;
  reason: RejectionReason | null;
  /** when the case stopped being open: its first publication, rejection or deletion */
  closedAt: number | null;
}

export interface TopicInfo {
  id: string;
  slug: string;
  name: string;
  published: boolean;
}

interface EventRow {
  case_id: string;
  kind: string;
  to: string | null;
  reason: string | null;
  at: Date | number | string;
}

const instant = (value: Date | number | string): number => (value instanceof Date ? value.getTime() : new Date(value).getTime());

const earliest = (a: number | null, b: number): number => (a === null || b < a ? b : a);

/** The timelines of every case with an entry before `before` (ms). */
export async function caseTimelines(strapi: Core.Strapi, before: number): Promise<CaseTimeline[]> {
  const knex = strapi.db.connection;
  // Dates are bound as Date objects: PostgreSQL compares timestamps, and knex's SQLite driver
  // turns them into the epoch milliseconds Strapi stores there.
  const events = (await knex('case_events')
    .select('case_id', 'kind', 'to', 'reason', 'at')
    .where('at', '<', new Date(before))
    .andWhere((where) =>
      where.whereIn('kind', ['received', 'publication', 'deletion']).orWhere((stage) => stage.where('kind', 'stage').andWhere('to', 'rejected')),
    )
    .orderBy('at', 'asc')) as EventRow[];

  const topics = (await knex('questions as q')
    .leftJoin('questions_topic_lnk as l', 'l.question_id', 'q.id')
    .leftJoin('topics as t', 't.id', 'l.topic_id')
    .whereNull('q.published_at')
    .select('q.document_id as case_id', 't.document_id as topic')) as Array<{ case_id: string; topic: string | null }>;
  const topicOf = new Map(topics.map((row) => [row.case_id, row.topic]));

  const cases = new Map<string, CaseTimeline>();
  for (const event of events) {
    let timeline = cases.get(event.case_id);
    if (!timeline) {
      timeline = {
        caseId: event.case_id,
        topic: topicOf.get(event.case_id) ?? null,
        receivedAt: null,
        publishedAt: null,
        rejectedAt: null,
        reason: null,
        closedAt: null,
      };
      cases.set(event.case_id, timeline);
    }
    const at = instant(event.at);
    switch (event.kind) {
      case 'received':
        timeline.receivedAt = earliest(timeline.receivedAt, at);
        break;
      case 'publication':
        timeline.publishedAt = earliest(timeline.publishedAt, at);
        timeline.closedAt = earliest(timeline.closedAt, at);
        break;
      case 'stage':
        if (timeline.rejectedAt === null) {
          timeline.rejectedAt = at;
          timeline.reason = isRejectionReason(event.reason) ? event.reason : 'other';
        }
        timeline.closedAt = earliest(timeline.closedAt, at);
        break;
      case 'deletion':
        timeline.closedAt = earliest(timeline.closedAt, at);
        break;
    }
  }
  return [...cases.values()];
}

/** Every topic by its document id, in the order the site shows them; `published` when the site may name it. */
export async function topicList(strapi: Core.Strapi): Promise<TopicInfo[]> {
  const rows = (await strapi.db
    .connection('topics')
    .select('document_id', 'slug', 'name', 'sort_order', 'published_at')
    .orderBy([{ column: 'sort_order' }, { column: 'name' }])) as Array<{
    document_id: string;
    slug: string | null;
    name: string | null;
    published_at: unknown;
  }>;
  const topics = new Map<string, TopicInfo>();
  for (const row of rows) {
    const known = topics.get(row.document_id);
    const published = row.published_at !== null && row.published_at !== undefined;
    // The published version's name is the one the site shows; a draft's may not be public yet.
    if (known && !published) continue;
    topics.set(row.document_id, {
      id: row.document_id,
      slug: row.slug ?? '',
      name: row.name ?? '',
      published: published || (known?.published ?? false),
    });
  }
  return [...topics.values()];
}
