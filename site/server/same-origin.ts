import type http from 'node:http';

/**
 * Refuses a form post that another site made a visitor's browser send. Browsers say where a request
 * comes from in Sec-Fetch-Site (all current ones); where that is missing, the Origin header is
 * compared with the site's own. A request with neither is not from a browser page (a script, the
 * CMS's webhook) and is left to the other checks: it cannot carry a visitor's browser with it.
 *
 * Note: the site's Referrer-Policy (no-referrer) makes browsers send `Origin: null` on the site's
 * own form posts, so `null` alone proves nothing either way.
 */
export function isCrossSitePost(req: http.IncomingMessage, siteOrigin: string): boolean {
  const fetchSite = req.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && fetchSite !== '') return fetchSite !== 'same-origin';
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    const from = new URL(origin);
    return from.host !== req.headers.host && from.origin !== siteOrigin;
  } catch {
    return true;
  }
}
