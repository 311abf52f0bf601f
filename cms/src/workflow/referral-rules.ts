import { errors } from '@strapi/utils';
import { isSafeReferralUrl } from '@frageladan/config/domain/referrals';
import { messages } from '../messages';

/**
 * A referral's link is shown on every question page of its topics: only http, https, tel and mailto
 * addresses are stored, so that no `javascript:` link can reach the site through an editor.
 */
export function checkReferralWrite(data: Record<string, unknown> | undefined): void {
  const url = data?.url;
  if (url === undefined || url === null || url === '') return;
  if (typeof url !== 'string' || !isSafeReferralUrl(url.trim())) throw new errors.ValidationError(messages.referral.badUrl);
  data!.url = url.trim();
}
