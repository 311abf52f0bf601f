import type { APIRoute } from 'astro';
import serviceConfig from '@frageladan/config';
import { knowledgeBank } from '../../lib/cms';
import { openDataRows } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const bank = await knowledgeBank();
  const base = site ?? new URL(serviceConfig.urls.site);
  const body = {
    title: `${serviceConfig.service.name}: publicerade frågor och svar`,
    publisher: serviceConfig.municipality.name,
    license: 'CC0-1.0',
    generated: new Date().toISOString(),
    questions: openDataRows(bank, base),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
