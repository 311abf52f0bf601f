import { FEEDBACK_TEXT } from './limits.ts';
import { hasVisibleText, normaliseText, visibleLength } from './text.ts';

/**
 * "Hjälpte svaret dig?": a citizen answers Ja or Nej on a published question and, after Nej, may
 * say what was missing. One rule for the text, applied by the page's script, the site's server and
 * the CMS; each words the problem in its own catalogue. Nothing here knows who answered: the
 * service keeps counts per question and day, and the texts.
 */

/** How far back the editors' list of answers with the most Nej looks. */
export const LEAST_HELPFUL_WINDOW_DAYS = 90;

/** A question's documentId as the site sends it: Strapi's ids are lower-case letters and digits. */
export const QUESTION_ID = /^[a-z0-9]{1,64}$/;

export type FeedbackTextProblem = 'text_missing' | 'text_invisible' | 'text_too_long';

export type FeedbackTextCheck = { ok: true; text: string; length: number } | { ok: false; problem: FeedbackTextProblem; length: number };

/** Normalised (text.ts) and trimmed, at least one visible character, at most FEEDBACK_TEXT.max as a reader counts. */
export function checkFeedbackText(input: string): FeedbackTextCheck {
  const text = normaliseText(input).trim();
  const length = visibleLength(text);
  if (text === '') return { ok: false, problem: 'text_missing', length };
  if (!hasVisibleText(text)) return { ok: false, problem: 'text_invisible', length };
  if (length > FEEDBACK_TEXT.max) return { ok: false, problem: 'text_too_long', length };
  return { ok: true, text, length };
}

const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day (YYYY-MM-DD, Swedish time) a vote or text is counted on: the day, never the time. */
export function feedbackDay(at: Date = new Date()): string {
  return swedishDate.format(at);
}

/** The first day of a window of `days` days that ends with `at`'s day, counted in calendar days. */
export function windowStart(days: number, at: Date = new Date()): string {
  const [year, month, day] = feedbackDay(at).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - (days - 1))).toISOString().slice(0, 10);
}
