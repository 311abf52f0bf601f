import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { createClientAddress, parseTrustProxy } from '../../site/server/client-address';

/** The address behind TRUST_PROXY proxies: what the nearest trusted proxy saw, never what the client wrote. */

const request = (socket: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: socket }, connection: { remoteAddress: socket }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as http.IncomingMessage;

describe('the client address', () => {
  it('with no proxy, is the socket address, whatever X-Forwarded-For says', () => {
    expect(createClientAddress(0)(request('203.0.113.7', '1.2.3.4'))).toBe('203.0.113.7');
  });

  it('behind one proxy, is what that proxy appended, not the entry the client wrote in front of it', () => {
    const address = createClientAddress(1);
    expect(address(request('10.0.0.1', '203.0.113.7'))).toBe('203.0.113.7');
    expect(address(request('10.0.0.1', '6.6.6.6, 203.0.113.7'))).toBe('203.0.113.7');
    expect(address(request('10.0.0.1', '1.1.1.1, 2.2.2.2, 203.0.113.7'))).toBe('203.0.113.7');
  });

  it('behind two proxies, trusts exactly two hops', () => {
    const address = createClientAddress(2);
    expect(address(request('10.0.0.2', '6.6.6.6, 203.0.113.7, 10.0.0.1'))).toBe('203.0.113.7');
    expect(address(request('10.0.0.2', '203.0.113.7'))).toBe('203.0.113.7');
  });

  it('reads TRUST_PROXY as a number of hops and refuses anything else', () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy('')).toBe(0);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 2 ')).toBe(2);
    for (const bad of ['true', 'yes', '-1', '1.5', 'loopback']) expect(() => parseTrustProxy(bad)).toThrow(/TRUST_PROXY/);
  });
});
