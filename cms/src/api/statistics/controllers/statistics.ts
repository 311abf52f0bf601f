import type { Core } from '@strapi/strapi';
import { publicStatistics } from '../../../statistics/public-statistics';

/**
 * GET /api/statistics: aggregates only (answers per month, time to answer, the promise, the top
 * topics), with small counts suppressed; nothing about a case, a citizen or an editor.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { body: unknown; set(name: string, value: string): void }) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await publicStatistics(strapi);
  },
});
