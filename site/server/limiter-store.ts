import crypto from 'node:crypto';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { siteSettings } from './settings.ts';

/**
 * Where the site's limits per client are counted. One site server keeps them in memory. Several
 * behind one proxy share them in PostgreSQL (RATE_LIMIT_DATABASE_URL), or a client could get each
 * server's allowance; the counters there are keyed by an HMAC of the address with a secret derived
 * from RATE_LIMIT_SECRET and the date, so every server computes the same key today, nobody can turn
 * it back into an address without the secret, and tomorrow's keys share nothing with today's. If the
 * database does not answer, each server falls back to counting in memory rather than refusing.
 */

const TABLE = 'frageladan_rate_limits';
let pool: pg.Pool | undefined;

function sharedPool(url: string): pg.Pool {
  pool ??= new pg.Pool({ connectionString: url, max: 4 });
  return pool;
}

let tableReady: Promise<string | undefined> | undefined;

/**
 * Creates the shared table once, before the server takes requests. Each limiter would otherwise
 * create it on its own, all at once at start-up: a request that came before its limiter's table
 * was ready, or a limiter whose creation lost a race, counted in that server's memory alone, and a
 * client got each server's allowance. Resolves with why it failed, if it did; the limiters then
 * fall back to memory as they do when the database stops answering.
 */
export function sharedLimitsReady(): Promise<string | undefined> {
  const { rateLimitDatabaseUrl } = siteSettings();
  if (!rateLimitDatabaseUrl) return Promise.resolve(undefined);
  tableReady ??= new Promise((resolve) => {
    // The library's own CREATE TABLE, through a limiter that never counts.
    new RateLimiterPostgres(
      { storeClient: sharedPool(rateLimitDatabaseUrl), tableName: TABLE, keyPrefix: 'setup', points: 1, duration: 1 },
      (error?: Error) => resolve(error?.message),
    );
  });
  return tableReady;
}

export function createLimiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds });
  const { rateLimitDatabaseUrl } = siteSettings();
  if (!rateLimitDatabaseUrl) return memory;
  return new RateLimiterPostgres({
    storeClient: sharedPool(rateLimitDatabaseUrl),
    tableName: TABLE,
    keyPrefix: name,
    points,
    duration: durationSeconds,
    clearExpiredByTimeout: true,
    // sharedLimitsReady made it before the server listens.
    tableCreated: true,
    insuranceLimiter: memory,
  });
}

/** Today's key for an address: the same on every server that shares RATE_LIMIT_SECRET, different tomorrow. */
export function createClientKeys(): (address: string) => string {
  const { rateLimitSecret } = siteSettings();
  let secret = crypto.randomBytes(32);
  let day = '';
  return (address: string): string => {
    const today = new Date().toISOString().slice(0, 10);
    if (today !== day) {
      secret = rateLimitSecret ? crypto.createHmac('sha256', rateLimitSecret).update(today).digest() : crypto.randomBytes(32);
      day = today;
    }
    return crypto.createHmac('sha256', secret).update(address).digest('base64url').slice(0, 22);
  };
}
