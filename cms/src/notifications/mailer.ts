import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../settings';

/** Where the mail's link leads: the desk in the CMS's own admin. */
export function deskUrl(): string {
  const settings = cmsSettings();
  const base = settings.publicUrl || `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${settings.port}`;
  return `${base.replace(/\/$/, '')}/admin`;
}

/**
 * Sends one notification, if SMTP is set up. The text is built by the caller from counts and the
 * link only: mail leaves the municipality, so it never carries a citizen's words or a case's title.
 */
export async function sendMail(strapi: Core.Strapi, to: string, subject: string, text: string): Promise<boolean> {
  if (!cmsSettings().smtpHost) return false;
  try {
    await strapi.plugin('email').service('email').send({ to, subject, text });
    return true;
  } catch (error) {
    // A mail server that is down must not stop an editor's save; the next digest tries again.
    strapi.log.warn(`Aviseringen kunde inte skickas (${(error as Error).message}).`);
    return false;
  }
}
