import type { Core } from '@strapi/strapi';
import { feedbackDay } from '@frageladan/config/domain/feedback';
import { dayTimestamps, FEEDBACK_COUNT } from './uids';

/**
 * One vote on "Hjälpte svaret dig?" is one more Ja or Nej in its question's row for the day: a
 * count, not a record of a vote. The increment is a single UPDATE, so two votes at the same moment
 * are both counted; the day's first vote makes the row, and a unique index on (question, day)
 * (ensureFeedbackCountIndex) turns a race between two first votes into one row and an increment.
 */

const INDEX = 'feedback_counts_question_day_unique';

/** The counts' table and columns, for the queries Strapi's query engine cannot make (increments, sums). */
export function countColumns(strapi: Core.Strapi) {
  const meta = strapi.db.metadata.get(FEEDBACK_COUNT);
  const column = (attribute: string) => (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  return {
    table: meta.tableName,
    question: column('question'),
    day: column('day'),
    helped: column('helped'),
    notHelped: column('notHelped'),
  };
}

/** Runs at every start, after Strapi's schema sync; Strapi leaves indexes it did not make alone. */
export async function ensureFeedbackCountIndex(strapi: Core.Strapi): Promise<void> {
  const c = countColumns(strapi);
  await strapi.db.connection.raw('CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (??, ??)', [INDEX, c.table, c.question, c.day]);
}

export async function countVote(strapi: Core.Strapi, question: string, helped: boolean, at = new Date()): Promise<void> {
  const c = countColumns(strapi);
  const day = feedbackDay(at);
  const row = () => strapi.db.connection(c.table).where({ [c.question]: question, [c.day]: day });
  const column = helped ? c.helped : c.notHelped;
  if ((await row().increment(column, 1)) > 0) return;
  try {
    await strapi.db.query(FEEDBACK_COUNT).create({
      data: { question, day, helped: helped ? 1 : 0, notHelped: helped ? 0 : 1, ...dayTimestamps(day) },
    });
  } catch (error) {
    // Another vote made the day's row first: count this one on it.
    if ((await row().increment(column, 1)) === 0) throw error;
  }
}
