import type { SiteLocals } from '../../server/locals';
import { knowledgeBank } from './cms';
import type { ReferralFacts } from './emergency';

/**
 * The referral bank as a page can have it: from the CMS when the page is built, and from the
 * release's own copy (oppna-data/hanvisningar.json, handed over by the site's server) when it is
 * rendered on request, so that an answer to a form says what the built pages say.
 */
export async function pageReferrals(isPrerendered: boolean, locals: Partial<SiteLocals>): Promise<ReferralFacts[]> {
  return isPrerendered ? (await knowledgeBank()).referrals : (locals.referrals ?? []);
}
