import crypto from 'node:crypto';
// ALTCHA's first protocol (SHA-256 proof of work): small enough to solve with a few lines in the page.
import { createChallenge, verifySolution } from 'altcha-lib/v1';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createClientKeys, createLimiter } from '../limiter-store.ts';
import { siteSettings } from '../settings.ts';

/**
 * Abuse protection that needs no third party and remembers nobody: a proof-of-work challenge
 * (ALTCHA's protocol, verified here, each solution usable once), and rate limits per client keyed
 * by an HMAC of the address with a secret that changes every day (limiter-store.ts), so that the key
 * cannot be turned back into an address and means nothing tomorrow.
 */

const CHALLENGE_TTL_MS = 10 * 60 * 1000;

export function createProofOfWork(hmacKey = crypto.randomBytes(32).toString('hex')) {
  const used = new Map<string, number>();

  function forgetExpired(now: number): void {
    for (const [signature, expires] of used) if (expires < now) used.delete(signature);
  }

  return {
    async challenge() {
      return createChallenge({ hmacKey, maxNumber: siteSettings().powMaxNumber, expires: new Date(Date.now() + CHALLENGE_TTL_MS) });
    },
    /** True once per valid solution; a replayed solution is refused. */
    async verify(payload: string): Promise<boolean> {
      let signature: string;
      try {
        signature = (JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { signature?: string }).signature ?? '';
      } catch {
        return false;
      }
      const now = Date.now();
      forgetExpired(now);
      if (!signature || used.has(signature)) return false;
      if (!(await verifySolution(payload, hmacKey, true))) return false;
      used.set(signature, now + CHALLENGE_TTL_MS);
      return true;
    },
  };
}

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateDecision> {
  try {
    await limiter.consume(key);
    return { allowed: true, retryAfterSeconds: 0 };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

export function createRateLimits(options: { perTenMinutes?: number; withoutProofPerTenMinutes?: number } = {}) {
  const withProof = createLimiter('ask', options.perTenMinutes ?? 5, 600);
  // A plain form post (no JavaScript, so no proof of work) is allowed, but fewer of them.
  const withoutProof = createLimiter('ask-form', options.withoutProofPerTenMinutes ?? 3, 600);
  const clientKey = createClientKeys();
  return {
    consume: (address: string, provedWork: boolean): Promise<RateDecision> =>
      consume(provedWork ? withProof : withoutProof, clientKey(address)),
  };
}

/** Receipt lookups per client: enough to check a few codes, far too few to guess one. */
export function createReceiptLimit(perTenMinutes = 20) {
  const limiter = createLimiter('receipt', perTenMinutes, 600);
  const clientKey = createClientKeys();
  return { consume: (address: string): Promise<RateDecision> => consume(limiter, clientKey(address)) };
}
