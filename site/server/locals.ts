import type { QuestionPageData } from '../src/lib/cms.ts';
import type { ReferralFacts } from '../src/lib/emergency.ts';
import type { Feedback } from './feedback/feedback.ts';
import type { Intake } from './intake/intake.ts';
import type { LookupReceipt } from './intake/receipt-lookup.ts';

/** A topic as the ask form offers it. */
export interface TopicChoice {
  documentId: string;
  name: string;
}

/**
 * What site.ts hands to Astro's on-demand pages with each request (`Astro.locals`): the server's
 * one intake and receipt lookup, the client's address as the proxy settings allow it to be known
 * (for rate limits only), and the current release's topics for the ask form and referrals for the
 * emergency notice.
 */
export interface SiteLocals {
  intake: Intake;
  /** "Hjälpte svaret dig?": votes and "Vad saknades?" texts. */
  feedback: Feedback;
  lookupReceipt: LookupReceipt;
  client: string;
  topics: TopicChoice[];
  referrals: ReferralFacts[];
  /** A question's page data from the live release, without related questions taken down; null when it has none. */
  questionPage?: (slug: string) => QuestionPageData | null;
  /** The request carries the operator's secret (the server asking its own release to render a page). */
  operator?: boolean;
  /** The post's body was over the site's limit and was not read: the page answers 413. */
  bodyTooLarge?: boolean;
}
