import type { APIRoute } from 'astro';
import serviceConfig from '@frageladan/config';
import { questionPath, topicPath } from '../lib/bank';
import { knowledgeBank } from '../lib/cms';

export const GET: APIRoute = async ({ site }) => {
  const bank = await knowledgeBank();
  const base = site ?? new URL(serviceConfig.urls.site);
  const paths = [
    '/',
    '/sok',
    '/fraga',
    '/sa-fungerar-tjansten',
    '/tillganglighet',
    '/statistik',
    ...bank.topics.map((t) => topicPath(t)),
    ...bank.questions.map((q) => questionPath(q)),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, base).href}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
