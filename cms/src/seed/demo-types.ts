/**
 * Shape of the demo content seeded on a first, non-production run. The texts are Swedish because
 * editors and citizens read them; the keys are English because code reads them.
 */

import type { ReferralKind } from '@frageladan/config/domain/referrals';
import type { RejectionReason, Stage } from '@frageladan/config/domain/stages';

export interface DemoTopic {
  slug: string;
  name: string;
  description: string;
  sortOrder: number;
}

export interface DemoStyleTemplate {
  /** Stable key that demo answers refer to. */
  key: string;
  name: string;
  /** The answer's first paragraph, e.g. "Hej och tack för din fråga!" */
  opening: string;
  /** The answer's last paragraph, the confirming close the service is known for. */
  closing: string;
}

export interface DemoReferral {
  name: string;
  kind: ReferralKind;
  phone?: string;
  url?: string;
  description: string;
  openingHours?: string;
  /** Slugs of the topics this referral fits; empty means every topic. */
  topics: string[];
  sortOrder: number;
}

export interface DemoAnswer {
  /** Key of the style template whose opening and closing wrap the body. */
  template: string;
  /** Markdown between the template's opening and closing. */
  body: string;
}

export interface DemoQuestion {
  title: string;
  /** The edited, de-identified question as it is published. */
  body: string;
  topic: string;
  /** How many days before seeding the question arrived. */
  receivedDaysAgo: number;
  stage: Stage;
  answer?: DemoAnswer;
  /** Only for drafts: the text as the citizen sent it, before editing. */
  submittedText?: string;
  rejectionReason?: RejectionReason;
}
