import type { Core } from '@strapi/strapi';
import { feedbackDay, windowStart } from '@frageladan/config/domain/feedback';
import { scanForPii } from '@frageladan/config/domain/pii-scan';
import serviceConfig from '../service-config';
import { publicNumbers } from '../workflow/pii-guard';
import { dayTimestamps, FEEDBACK_TEXT } from './uids';

/**
 * "Vad saknades?": what a citizen missed in an answer, kept for the editors with what the
 * identifying-details scanner found in it (the same scanner as for questions), never public, and
 * deleted after retention.feedbackDays in config/.
 */

/** `text` is already checked and normalised (config/domain/feedback.ts). */
export async function saveMissingText(strapi: Core.Strapi, question: string, text: string, at = new Date()): Promise<void> {
  const day = feedbackDay(at);
  const piiFindings = scanForPii(text, { publicNumbers: await publicNumbers(strapi) });
  await strapi.db.query(FEEDBACK_TEXT).create({ data: { question, day, text, piiFindings, ...dayTimestamps(day) } });
}

/** Deletes the texts older than the retention period: a text is kept for feedbackDays days, its own day included. */
export async function purgeMissingTexts(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const firstKept = windowStart(serviceConfig.retention.feedbackDays, now);
  const { count } = await strapi.db.query(FEEDBACK_TEXT).deleteMany({ where: { day: { $lt: firstKept } } });
  return count;
}
