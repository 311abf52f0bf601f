import type { APIRoute } from 'astro';
import { publicStatistics } from '../../lib/cms';
import { statisticsCsv } from '../../lib/statistics';

export const GET: APIRoute = async () => {
  const csv = statisticsCsv(await publicStatistics());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
