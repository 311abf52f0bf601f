import serviceConfig from '@frageladan/config';
import { dialledDigits } from '@frageladan/config/domain/referrals';

/**
 * Who to call when it cannot wait, built from config/ (which numbers, in which order: 112, the
 * municipality's socialjour, the national crisis lines) and the referral bank (what it says about
 * the same number now). A referral with the same number wins, so the emergency notice, the receipt's
 * urgent box and the referral list on a question page say the same opening hours; without the CMS
 * (a referral removed, a production bank not yet filled) config/ alone still fills the notice.
 */

export interface ReferralFacts {
  name: string;
  phone?: string | null;
  openingHours?: string | null;
}

export interface EmergencyContact {
  name: string;
  phone: string;
  openingHours: string;
}

interface ConfigContact {
  name: string;
  phone: string;
  openingHours: string;
}

function resolve(contact: ConfigContact, referrals: readonly ReferralFacts[]): EmergencyContact {
  const digits = dialledDigits(contact.phone);
  const referral = referrals.find((r) => r.phone && dialledDigits(r.phone) === digits);
  return {
    name: referral?.name || contact.name,
    phone: referral?.phone || contact.phone,
    openingHours: referral?.openingHours || contact.openingHours,
  };
}

export interface EmergencyContacts {
  /** 112. */
  alarm: EmergencyContact;
  /** The socialjour, then the national crisis lines. */
  lines: EmergencyContact[];
  /** The social services' own reception, for the urgent box in office hours. */
  office: EmergencyContact;
}

export function emergencyContacts(referrals: readonly ReferralFacts[]): EmergencyContacts {
  const { alarm, socialjour, crisisLines, socialtjanst } = serviceConfig.contacts;
  return {
    alarm: resolve(alarm, referrals),
    lines: [socialjour, ...crisisLines].map((contact) => resolve(contact, referrals)),
    office: resolve(socialtjanst, referrals),
  };
}

/** Every number the service shows: config/'s and the referral bank's. */
export function publicNumbers(referrals: readonly ReferralFacts[]): string[] {
  const { alarm, socialjour, crisisLines, socialtjanst } = serviceConfig.contacts;
  return [alarm.phone, socialjour.phone, socialtjanst.phone, ...crisisLines.map((c) => c.phone), ...referrals.map((r) => r.phone ?? '')].filter(Boolean);
}
