import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { QUESTION } from '../../../workflow/documents';
import { cmsSettings } from '../../../settings';

/** The operator is whoever holds REBUILD_SECRET (the secret the site and the CMS already share). */
function isOperator(header: unknown, secret: string | undefined): boolean {
  if (!secret || secret.length < 16) return false;
  const given = Buffer.from(String(header ?? ''));
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** The database server's version, for the operator and the benches' header; null if it will not say. */
async function databaseVersion(strapi: Core.Strapi): Promise<string | null> {
  try {
    if (strapi.db.dialect.client === 'postgres') {
      const result = (await strapi.db.connection.raw('SHOW server_version')) as { rows: Array<{ server_version: string }> };
      return result.rows[0]?.server_version ?? null;
    }
    const rows = (await strapi.db.connection.raw('SELECT sqlite_version() AS version')) as Array<{ version: string }>;
    return rows[0]?.version ?? null;
  } catch {
    return null;
  }
}

/**
 * GET /api/health: anyone learns whether the CMS and its database answer; the operator, with
 * `Authorization: Bearer $REBUILD_SECRET`, also what it runs on and how many cases are open.
 * Nothing about a citizen or an editor either way.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(ctx: { status: number; body: unknown; request: { header: Record<string, unknown> }; set(name: string, value: string): void }) {
    ctx.set('Cache-Control', 'no-store');
    let database = true;
    try {
      await strapi.db.connection.raw('SELECT 1');
    } catch {
      database = false;
    }
    ctx.status = database ? 200 : 503;
    if (!isOperator(ctx.request.header.authorization, cmsSettings().rebuildSecret)) {
      ctx.body = { status: database ? 'ok' : 'database_unavailable' };
      return;
    }
    const open = database
      ? await strapi.documents(QUESTION).count({ status: 'draft', filters: { stage: { $in: ['new', 'in_progress', 'in_review', 'approved'] } } })
      : null;
    ctx.body = {
      status: database ? 'ok' : 'database_unavailable',
      database: strapi.db.dialect.client,
      databaseVersion: database ? await databaseVersion(strapi) : null,
      strapi: strapi.config.get('info.strapi'),
      node: process.version,
      uptimeSeconds: Math.round(process.uptime()),
      openCases: open,
    };
  },
});
