import type { APIRoute } from 'astro';
import { knowledgeBank } from '../../lib/cms';

/**
 * The referral bank as open data. The site's server also reads this file, so that the pages it
 * renders on request (a receipt, a refused form) show the same emergency numbers as the built ones.
 */
export const GET: APIRoute = async () => {
  const { referrals } = await knowledgeBank();
  const body = {
    referrals: referrals.map(({ name, kind, phone, url, description, openingHours, topics }) => ({
      name,
      kind,
      phone: phone ?? null,
      url: url ?? null,
      description: description ?? null,
      openingHours: openingHours ?? null,
      topics: topics.map((t) => t.slug),
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
