import type { Core } from '@strapi/strapi';

/**
 * After a purge, the database gives back the space the deleted rows took, so that their text is not
 * left in the files. SQLite already zeroes deleted content (secure_delete, config/database.ts) and
 * VACUUM rebuilds the file; PostgreSQL keeps dead rows in its pages until a VACUUM FULL rewrites
 * the tables that hold citizens' text.
 */
export async function reclaimSpace(strapi: Core.Strapi): Promise<'sqlite' | 'postgres'> {
  const client = strapi.db.dialect.client;
  if (client === 'sqlite') {
    await strapi.db.connection.raw('VACUUM');
    return 'sqlite';
  }
  const table = strapi.db.metadata.get('api::question.question').tableName;
  await strapi.db.connection.raw('VACUUM FULL ??', [table]);
  return 'postgres';
}
