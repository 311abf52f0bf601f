import crypto from 'node:crypto';

/**
 * A page's `cacheKey` for Astro's incremental build: a digest of every piece of data the page
 * renders, so that a page is reused only when it would come out the same. Code, templates and
 * config are not in it: a change there makes the whole build a full one (server/build-inputs.ts).
 */
export function cacheKey(...data: unknown[]): string {
  return crypto.createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}
