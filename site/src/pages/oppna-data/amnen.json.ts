import type { APIRoute } from 'astro';
import { knowledgeBank } from '../../lib/cms';

/** The topics as open data; the site's server also reads this file for the ask form it renders on demand. */
export const GET: APIRoute = async () => {
  const { topics } = await knowledgeBank();
  const body = { topics: topics.map(({ documentId, name, slug }) => ({ documentId, name, slug })) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
