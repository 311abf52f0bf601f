import type http from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The address a request came from, for the rate limits and nothing else. Behind the municipality's
 * reverse proxies, X-Forwarded-For holds what the client wrote followed by what each proxy saw;
 * only the entries appended by our own proxies can be believed. With TRUST_PROXY=n the last n
 * hops (the socket and n-1 forwarded entries) are trusted, and the address the nearest trusted
 * proxy saw is taken, so that a client who writes its own X-Forwarded-For changes nothing.
 */

export class TrustProxyError extends Error {}

/** TRUST_PROXY: unset or 0 for no proxy, otherwise the number of proxies in front of the site. */
export function parseTrustProxy(value: string | undefined): number {
  const text = (value ?? '').trim();
  if (text === '') return 0;
  if (!/^\d{1,2}$/.test(text)) {
    throw new TrustProxyError(`TRUST_PROXY ska vara antalet proxyservrar framför webbplatsen (0, 1, 2 …), inte "${text}".`);
  }
  return Number(text);
}

export function createClientAddress(hops: number): (req: http.IncomingMessage) => string {
  // proxy-addr walks from the socket outwards; the i-th address is trusted while i < hops.
  const trust = (_address: string, i: number) => i < hops;
  return (req) => (hops > 0 ? proxyaddr(req, trust) : req.socket.remoteAddress) ?? 'unknown';
}
