import type http from 'node:http';
import getRawBody from 'raw-body';
import { z } from 'zod';

/**
 * What the CMS's publish webhook says happened. Strapi sends the entry with every event; an
 * unpublished or deleted question carries its slug, which is all the site needs to take its page
 * down before the rebuild. An answer's unpublish unpublishes its question too (the CMS keeps the
 * pair together), so the question's own event is the one to act on.
 */

const QUESTION = 'api::question.question';
const TAKEDOWN_EVENTS = new Set(['entry.unpublish', 'entry.delete']);
const PUBLISH_EVENTS = new Set(['entry.publish']);
// The entry carries the question's texts: enough room for them, not for anything else.
const MAX_EVENT_BYTES = 1024 * 1024;

const eventSchema = z.object({
  event: z.string(),
  uid: z.string().optional(),
  entry: z.object({ slug: z.string().min(1).nullable().optional() }).optional(),
});

/** The question's slug when the event is one of `events` for a question that names its slug. */
function questionSlugOf(body: unknown, events: Set<string>): string | null {
  const parsed = eventSchema.safeParse(body);
  if (!parsed.success) return null;
  const { event, uid, entry } = parsed.data;
  return events.has(event) && uid === QUESTION && entry?.slug ? entry.slug : null;
}

/** The slug of the question whose page must go now, or null (another event, or no body: a plain rebuild). */
export const takedownSlug = (body: unknown) => questionSlugOf(body, TAKEDOWN_EVENTS);

/** The slug of the question just published, whose page can go live before the rebuild, or null. */
export const publishedSlug = (body: unknown) => questionSlugOf(body, PUBLISH_EVENTS);

/** The webhook's JSON body; anything unreadable counts as a plain rebuild request. */
export async function readCmsEvent(req: http.IncomingMessage): Promise<unknown> {
  try {
    const text = await getRawBody(req, { limit: MAX_EVENT_BYTES, encoding: 'utf-8' });
    return text ? JSON.parse(text) : null;
  } catch {
    req.resume();
    return null;
  }
}
