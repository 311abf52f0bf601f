import type { Knex } from 'knex';

/**
 * Four eyes over the whole case (cms/src/workflow/four-eyes.ts) keeps, on each question, the editors
 * who changed it since its last approval. A database made before that has no such column: this adds
 * it and fills it from what that model knew, the answer's writer, so that the writer of an answer
 * waiting for review still cannot approve it after the upgrade. An approved or published case starts
 * with nobody on record, as it would after an approval now. Runs once, before Strapi syncs the schema.
 */
export async function up(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable('questions')) || (await knex.schema.hasColumn('questions', 'authors'))) return;
  await knex.schema.alterTable('questions', (table) => {
    table.jsonb('authors');
  });
  const hasLinks = (await knex.schema.hasTable('answers_question_lnk')) && (await knex.schema.hasTable('answers_written_by_lnk'));
  const rows: Array<{ id: number; stage: string | null; writer: number | null }> = hasLinks
    ? await knex('questions as q')
        .leftJoin('answers_question_lnk as aq', 'aq.question_id', 'q.id')
        .leftJoin('answers_written_by_lnk as wb', 'wb.answer_id', 'aq.answer_id')
        .select('q.id as id', 'q.stage as stage', 'wb.user_id as writer')
    : await knex('questions').select('id', 'stage', knex.raw('null as writer'));
  for (const row of rows) {
    const settled = row.stage === 'approved' || row.stage === 'published';
    const authors = settled || row.writer === null ? [] : [Number(row.writer)];
    await knex('questions').where({ id: row.id }).update({ authors: JSON.stringify(authors) });
  }
}
