import type { Core } from '@strapi/strapi';
import { isRejectionReason, type RejectionReason } from '@frageladan/config/domain/stages';

/**
 * Each case's life as the case record tells it (cms/src/workflow/case-events.ts), never as the
 * case looks now: when it arrived, when it was first published, first rejected (and why) or
 * deleted. A case published, unpublished and published again has one first publication.
 *
 * Read with two plain queries on the tables, grouped in the database and selecting only what is
 * needed, because the statistics for a year read tens of thousands of entries and the query
 * engine's per-row work would dominate. Table and column names are Strapi's for the schemas in src/api (case_events,
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

interface TimelineRow {
  case_id: string;
  topic: string | null;
  received_at: unknown;
  published_at: unknown;
  rejected_at: unknown;
  closed_at: unknown;
}

const CLOSING = `e.kind in ('publication', 'deletion') or (e.kind = 'stage' and e."to" = 'rejected')`;

/**
 * An instant from the database as epoch milliseconds: PostgreSQL is asked for the epoch itself
 * (parsing thousands of timestamps into Dates cost more than the query), SQLite stores it so.
 */
function epochColumn(client: string, expression: string): string {
  return client === 'postgres' ? `extract(epoch from ${expression}) * 1000` : expression;
}

const instant = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  const number = Number(value);
  return Number.isFinite(number) ? number : new Date(String(value)).getTime();
};

/**
 * The timelines of the cases that matter for [since, before): every case with an entry before
 * `before` that either has one at `since` or later or was never closed (cases settled before the
 * window cannot change its figures). One grouped query does the work in the
 * database; a second, small one gives the reasons of the rejections in the window.
 */
export async function caseTimelines(strapi: Core.Strapi, since: number, before: number): Promise<CaseTimeline[]> {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  const first = (condition: string) => epochColumn(client, `min(case when ${condition} then e.at end)`);
  // Dates are bound as Date objects: PostgreSQL compares timestamps, and knex's SQLite driver
  // turns them into the epoch milliseconds Strapi stores there.
  const timelines = knex
    .select(
      'e.case_id',
      knex.raw(`${first(`e.kind = 'received'`)} as received_at`),
      knex.raw(`${first(`e.kind = 'publication'`)} as published_at`),
      knex.raw(`${first(`e.kind = 'stage' and e."to" = 'rejected'`)} as rejected_at`),
      knex.raw(`${first(CLOSING)} as closed_at`),
    )
    .from('case_events as e')
    .where('e.at', '<', new Date(before))
    .andWhere((where) => where.whereIn('e.kind', ['received', 'publication', 'deletion']).orWhereRaw(`e.kind = 'stage' and e."to" = 'rejected'`))
    .groupBy('e.case_id')
    .havingRaw(`max(e.at) >= ? or min(case when ${CLOSING} then e.at end) is null`, [new Date(since)])
    .as('c');
  // The topic is joined to the grouped cases, not to every entry.
  const rows = (await knex
    .select('c.*', 't.document_id as topic')
    .from(timelines)
    .leftJoin('questions as q', (join) => join.on('q.document_id', '=', 'c.case_id').andOnNull('q.published_at'))
    .leftJoin('questions_topic_lnk as l', 'l.question_id', 'q.id')
    .leftJoin('topics as t', 't.id', 'l.topic_id')) as TimelineRow[];

  const rejections = (await knex('case_events')
    .select('case_id', 'reason')
    .where({ kind: 'stage', to: 'rejected' })
    .andWhere('at', '>=', new Date(since))
    .andWhere('at', '<', new Date(before))
    .orderBy('at', 'asc')) as Array<{ case_id: string; reason: string | null }>;
  const reasons = new Map<string, RejectionReason>();
  for (const row of rejections) {
    if (!reasons.has(row.case_id)) reasons.set(row.case_id, isRejectionReason(row.reason) ? row.reason : 'other');
  }

  return rows.map((row) => {
    const rejectedAt = instant(row.rejected_at);
    return {
      caseId: row.case_id,
      topic: row.topic,
      receivedAt: instant(row.received_at),
      publishedAt: instant(row.published_at),
      rejectedAt,
      reason: rejectedAt === null ? null : (reasons.get(row.case_id) ?? 'other'),
      closedAt: instant(row.closed_at),
    };
  });
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
