import type { APIRoute } from 'astro';
import serviceConfig from '@frageladan/config';
import { statisticsJsonSchema } from '../../lib/statistics';

/** The description of statistik.json, generated from the schema that checks the CMS's answer, so the two cannot differ. */
export const GET: APIRoute = async ({ site }) => {
  const id = new URL('/oppna-data/statistik.schema.json', site ?? new URL(serviceConfig.urls.site)).href;
  return new Response(JSON.stringify(statisticsJsonSchema(id), null, 1), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
