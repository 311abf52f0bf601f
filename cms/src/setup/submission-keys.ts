import type { Core } from '@strapi/strapi';

/**
 * One question per submission key, enforced by the database: two site processes that hand in the
 * same submission at the same moment both pass the controller's "already stored?" check, and only
 * a unique index stops the second. It covers draft rows only: in Strapi 5 the published row of a
 * document carries the same field values as its draft, so a plain unique column would make
 * publishing fail. SQLite and PostgreSQL both know partial indexes; NULL keys never collide.
 * Strapi leaves indexes it did not make alone, and this runs at every start, after its schema sync.
 */

const INDEX = 'questions_idempotency_key_draft_unique';

export async function ensureSubmissionKeyIndex(strapi: Core.Strapi): Promise<void> {
  const { tableName } = strapi.db.metadata.get('api::question.question');
  const column = 'idempotency_key';
  try {
    await strapi.db.connection.raw(
      `CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (??) WHERE published_at IS NULL AND ?? IS NOT NULL`,
      [INDEX, tableName, column, column],
    );
  } catch (error) {
    // Only possible with duplicates stored before the index existed: the CMS still starts, and the
    // operator learns which keys to look at.
    const duplicates = await strapi.db
      .connection(tableName)
      .select(column)
      .whereNull('published_at')
      .whereNotNull(column)
      .groupBy(column)
      .havingRaw('count(*) > 1');
    strapi.log.error(
      `Det unika indexet på frågornas inlämningsnycklar kunde inte skapas (${(error as Error).message}). ` +
        `Nycklar som finns på flera utkast: ${duplicates.map((d: Record<string, string>) => d[column]).join(', ')}`,
    );
  }
}
