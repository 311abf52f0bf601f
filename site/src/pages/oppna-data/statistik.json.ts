import type { APIRoute } from 'astro';
import { publicStatistics } from '../../lib/cms';

/** The public statistics as open data, exactly the shape the schema file describes. */
export const GET: APIRoute = async () => {
  const stats = await publicStatistics();
  return new Response(JSON.stringify(stats, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
