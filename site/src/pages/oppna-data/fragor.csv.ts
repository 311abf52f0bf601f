import type { APIRoute } from 'astro';
import serviceConfig from '@frageladan/config';
import { knowledgeBank } from '../../lib/cms';
import { openDataRows, toCsv } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const bank = await knowledgeBank();
  const csv = toCsv(openDataRows(bank, site ?? new URL(serviceConfig.urls.site)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
