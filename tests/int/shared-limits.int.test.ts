import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_URL, startCms, type TestCms } from '../helpers/cms';
import { freePort, startSite, type TestSite } from '../helpers/site';

/**
 * Several site servers behind one proxy, as a municipality with more than one runs them: the limits
 * per client live in PostgreSQL, so a client gets one allowance, not one per server. What is stored
 * there are keyed hashes, never the address.
 */

const database = `frageladan_limits_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
const CLIENT = '10.77.66.55';
let cms: TestCms;
const sites: TestSite[] = [];
let limitsUrl = '';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(async () => {
  await admin(`CREATE DATABASE "${database}"`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  limitsUrl = url.toString();
  cms = await startCms();
  const shared = { RATE_LIMIT_DATABASE_URL: limitsUrl, RATE_LIMIT_SECRET: crypto.randomBytes(24).toString('base64'), TRUST_PROXY: '1', CMS_SUBMIT_TOKEN: cms.tokens.submit };
  const secret = crypto.randomBytes(24).toString('base64');
  for (let i = 0; i < 2; i++) {
    sites.push(await startSite({ port: await freePort(), cmsUrl: cms.url, readToken: cms.tokens.read, rebuildSecret: secret, env: shared }));
  }
}, 300_000);

afterAll(async () => {
  for (const site of sites) await site.stop();
  await cms?.stop();
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
});

/** A question as a plain form post (no JavaScript: three per client and ten minutes), through one server. */
const ask = (site: TestSite, n: number) =>
  fetch(`${site.url}/fraga/skicka`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site.url, 'X-Forwarded-For': CLIENT },
    body: new URLSearchParams({ text: `Fråga nummer ${n} om hur man ansöker om försörjningsstöd i kommunen.`, topic: '' }).toString(),
  });

describe('limits shared by two site servers', () => {
  it('give one client one allowance across both servers, and keep no address', async () => {
    const [a, b] = sites;
    const statuses = [];
    for (const [i, site] of [a, b, a, b, a].entries()) statuses.push((await ask(site, i)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);

    const client = new pg.Client({ connectionString: limitsUrl });
    await client.connect();
    const rows = (await client.query('SELECT key FROM frageladan_rate_limits')).rows as Array<{ key: string }>;
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.key.includes(CLIENT) || row.key.includes('10.77'))).toEqual([]);
  });
});
