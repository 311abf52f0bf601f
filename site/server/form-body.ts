import type http from 'node:http';
import getRawBody from 'raw-body';
import { MAX_FORM_BYTES } from './intake/body-limit.ts';

/**
 * The body of a post to one of Astro's on-demand pages, read here with a limit and handed to Astro
 * as `req.body`. Astro's own limit stops reading by destroying the connection, which a browser
 * shows as a network error instead of the site's answer. Over the limit, the rest is read and
 * thrown away so that the refusal reaches the browser: the result is null.
 */
export async function readFormBody(req: http.IncomingMessage): Promise<Buffer | null> {
  try {
    return await getRawBody(req, { limit: MAX_FORM_BYTES });
  } catch (error) {
    if ((error as { type?: string }).type !== 'entity.too.large') throw error;
    req.resume();
    await new Promise((resolve) => req.once('end', resolve).once('close', resolve));
    return null;
  }
}
