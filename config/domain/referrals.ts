/**
 * Referrals: where to turn. A referral's link is shown on every question page of its topics, so it
 * may only ever be a web address, a phone number or an e-mail address: never `javascript:` or
 * `data:`, however it is disguised.
 */
export const REFERRAL_KINDS = ['emergency', 'socialjour', 'helpline', 'authority', 'organisation'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const REFERRAL_URL_SCHEMES = ['http:', 'https:', 'tel:', 'mailto:'] as const;

/** True for an absolute http, https, tel or mailto address, judged as a browser would parse it. */
export function isSafeReferralUrl(value: string): boolean {
  // Browsers drop leading/trailing control characters and spaces and tabs/newlines anywhere before
  // they read the scheme; URL does the same, so the scheme checked here is the one a browser follows.
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (REFERRAL_URL_SCHEMES as readonly string[]).includes(url.protocol);
}

/** Digits of a phone number as dialled within Sweden: "+46 40-34 66 66" and "040 34 66 66" agree. */
export function dialledDigits(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+46')) return `0${digits.slice(3)}`;
  if (digits.startsWith('0046')) return `0${digits.slice(4)}`;
  return digits.replace(/\+/g, '');
}
