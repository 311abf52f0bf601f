/** The two private types behind "Hjälpte svaret dig?" (cms/src/api/feedback). */
export const FEEDBACK_COUNT = 'api::feedback.feedback-count';
export const FEEDBACK_TEXT = 'api::feedback.feedback-text';

/**
 * A row's timestamps are its day at midnight (UTC): Strapi would otherwise keep the second each vote
 * or text arrived, which next to a proxy's access log could point at a person.
 */
export function dayTimestamps(day: string) {
  const midnight = new Date(`${day}T00:00:00.000Z`);
  return { createdAt: midnight, updatedAt: midnight, publishedAt: midnight };
}
