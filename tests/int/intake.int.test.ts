import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { solveChallenge } from 'altcha-lib/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../helpers/cms';
import { freePort, startSite, within, type TestSite } from '../helpers/site';

/**
 * Asking a question, through the real site server and the real CMS: the route's answers to good
 * and bad input, the proof of work, the rate limit, and that no acknowledged question is ever lost
 * or stored twice, with the CMS down, back, and the site restarted in between.
 */

const Q = 'api::question.question';
const TEXT = 'Min pappa har svårt att klara sig hemma. Kan han få hemtjänst? Ring mig på 070-123 45 67.';
let cms: TestCms;
let site: TestSite;
let siteOptions: Parameters<typeof startSite>[0];
let forwarded = 0;

/** Each call looks like a new client (the site trusts X-Forwarded-For here, as behind a proxy). */
function client(): Record<string, string> {
  forwarded += 1;
  return { 'X-Forwarded-For': `10.0.${Math.floor(forwarded / 250)}.${forwarded % 250}` };
}

async function post(body: string, type: string, headers: Record<string, string> = client()) {
  return fetch(`${site.url}/api/questions`, { method: 'POST', headers: { 'Content-Type': type, ...headers }, body, redirect: 'manual' });
}
const form = (fields: Record<string, string>, headers?: Record<string, string>) =>
  post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', headers);

async function proofOfWork(): Promise<string> {
  const challenge = await (await fetch(`${site.url}/api/altcha`)).json();
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  return Buffer.from(
    JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature }),
  ).toString('base64');
}

const hash = (code: string) => createHash('sha256').update(code).digest('hex');
const storedWith = (code: string) => cms.strapi.db.query(Q).findMany({ where: { receiptHash: hash(code) } });

beforeAll(async () => {
  const port = await freePort();
  const cmsPort = await freePort();
  cms = await startCms({ env: { PORT: String(cmsPort) } });
  siteOptions = {
    port,
    cmsUrl: cms.url,
    readToken: cms.tokens.read,
    rebuildSecret: 'x'.repeat(32),
    env: { CMS_SUBMIT_TOKEN: cms.tokens.submit, TRUST_PROXY: '1', CMS_TIMEOUT_MS: '2000' },
  };
  site = await startSite(siteOptions);
}, 300_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('POST /api/questions', () => {
  it('takes a plain form post, stores a draft in stage new with its PII findings, and redirects to the receipt', async () => {
    const res = await form({ text: TEXT });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    const code = new URL(location, site.url).searchParams.get('kod')!;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const [row] = await storedWith(code);
    expect(row.stage).toBe('new');
    expect(row.publishedAt).toBeNull();
    expect(row.submittedText).toBe(TEXT);
    expect(row.piiFindings.map((f: { kind: string }) => f.kind)).toContain('telefon');
    expect(JSON.stringify(row)).not.toMatch(/10\.0\.|127\.0\.0\.1|Mozilla|node/);

    const receipt = await (await fetch(`${site.url}${location}`)).text();
    expect(receipt).toContain(code);
    expect(receipt).toContain('Vi har tagit emot din fråga');
  });

  it('takes JSON with a solved proof of work, once per solution', async () => {
    const altcha = await proofOfWork();
    const res = await post(JSON.stringify({ text: TEXT, altcha }), 'application/json');
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(await storedWith(body.receipt)).toHaveLength(1);
    const replay = await post(JSON.stringify({ text: TEXT, altcha }), 'application/json');
    expect(replay.status).toBe(400);
    expect((await replay.json()).error.message).toContain('människa');
    expect((await post(JSON.stringify({ text: TEXT }), 'application/json')).status).toBe(400);
  });

  it('answers bad input with a Swedish message and the right status, never 500', async () => {
    expect((await post('text=x', 'text/plain')).status).toBe(415);
    expect((await post('{}', 'application/xml')).status).toBe(415);
    const huge = await post(JSON.stringify({ text: 'a'.repeat(40_000) }), 'application/json');
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.message).toContain('för stort');
    const short = await form({ text: 'För kort' });
    expect(short.status).toBe(422);
    const page = await short.text();
    expect(page).toContain('minst 20 tecken');
    expect(page).toContain('För kort');
    expect((await post('{not json', 'application/json')).status).toBe(400);
    expect((await form({ text: 'x'.repeat(4001) })).status).toBe(422);
  });

  it('stores nothing from a bot that fills the honeypot, and tells it nothing', async () => {
    const res = await form({ text: `${TEXT} honung`, webbplats: 'https://spam.example' });
    expect(res.status).toBe(303);
    const code = new URL(res.headers.get('location')!, site.url).searchParams.get('kod')!;
    expect(await storedWith(code)).toHaveLength(0);
  });

  it('rate-limits one client with 429 and Retry-After while others get through', async () => {
    const flood = client();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await form({ text: TEXT }, flood)).status);
    expect(statuses.slice(0, 3)).toEqual([303, 303, 303]);
    const limited = await form({ text: TEXT }, flood);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.text()).toContain('Vänta');
    expect((await form({ text: TEXT })).status).toBe(303);
  });

  it('puts emergency numbers first on the receipt when the text suggests acute risk', async () => {
    const res = await form({ text: 'Jag vill inte leva längre och vet inte vad jag ska göra nu' });
    const location = res.headers.get('location')!;
    expect(location).toContain('akut=1');
    const page = await (await fetch(`${site.url}${location}`)).text();
    expect(page.indexOf('112')).toBeLessThan(page.indexOf('<h1'));
  });
});

describe('never lost', () => {
  it('keeps what it acknowledged while the CMS is down and delivers each exactly once when it is back', async () => {
    const resume = await cms.halt();
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await form({ text: `${TEXT} (medan CMS:et är nere ${i})` });
      expect(res.status).toBe(303);
      codes.push(new URL(res.headers.get('location')!, site.url).searchParams.get('kod')!);
    }
    expect(fs.readdirSync(site.outbox).filter((f) => f.endsWith('.json'))).toHaveLength(3);
    cms = await resume();
    await within(90_000, async () => fs.readdirSync(site.outbox).filter((f) => f.endsWith('.json')).length === 0);
    for (const code of codes) expect(await storedWith(code)).toHaveLength(1);
  }, 120_000);

  it('delivers a non-empty outbox after the site server is restarted, exactly once', async () => {
    const resume = await cms.halt();
    const res = await form({ text: `${TEXT} (före omstart)` });
    expect(res.status).toBe(303);
    const code = new URL(res.headers.get('location')!, site.url).searchParams.get('kod')!;
    const releases = site.releases;
    await site.stop(true);
    expect(fs.readdirSync(path.join(releases, 'outbox')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    cms = await resume();
    site = await startSite({ ...siteOptions, releases });
    await within(90_000, async () => fs.readdirSync(site.outbox).filter((f) => f.endsWith('.json')).length === 0);
    expect(await storedWith(code)).toHaveLength(1);
  }, 180_000);
});
