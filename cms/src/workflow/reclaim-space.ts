import type { Core } from '@strapi/strapi';

/**
 * After a purge, the database gives back the space the deleted rows took, so that their text is not
 * left in the files. SQLite already zeroes deleted content (secure_delete, config/database.ts) and
 * VACUUM rebuilds the file; PostgreSQL keeps dead rows in its pages until a VACUUM FULL rewrites
 * the tables that hold citizens' text: the questions, the "Vad saknades?" texts, and the case record
 * (its comments may quote a citizen; thinning removes them).
 */
export async function reclaimSpace(strapi: Core.Strapi): Promise<'sqlite' | 'postgres'> {
  const client = strapi.db.dialect.client;
  if (client === 'sqlite') {
    await strapi.db.connection.raw('VACUUM');
    return 'sqlite';
  }
  for (const uid of ['api::question.question', 'api::feedback.feedback-text', 'api::case-event.case-event']) {
    await strapi.db.connection.raw('VACUUM FULL ??', [strapi.db.metadata.get(uid).tableName]);
  }
  return 'postgres';
}
