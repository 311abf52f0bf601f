import crypto, { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { solveChallenge } from 'altcha-lib/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { texts } from '../../site/src/texts';
import { startCms, type TestCms } from '../helpers/cms';
import { freePort, startSite, within, type TestSite } from '../helpers/site';

/**
 * Asking a question, through the real site server and the real CMS (SQLite, or PostgreSQL with
 * DATABASE_URL): the answers to good and bad input, text as the citizen sees it, idempotency keys,
 * receipts, the proof of work, the rate limits, and that no acknowledged question is ever lost or
 * stored twice, with the CMS down, back, and the site restarted in between.
 */

const Q = 'api::question.question';
const TEXT = 'Min pappa har svårt att klara sig hemma. Kan han få hemtjänst? Ring mig på 070-123 45 67.';
const t = texts.intake;
const REBUILD_SECRET = crypto.randomBytes(24).toString('base64');
let cms: TestCms;
let site: TestSite;
let siteOptions: Parameters<typeof startSite>[0];
let forwarded = 0;
let topicId = '';

/** Each call looks like a new client (the site trusts one proxy hop here, as behind a proxy). */
function client(): Record<string, string> {
  forwarded += 1;
  return { 'X-Forwarded-For': `10.0.${Math.floor(forwarded / 250)}.${forwarded % 250}` };
}

async function post(body: string, type: string, headers: Record<string, string> = client(), base = site.url) {
  return fetch(`${base}/api/questions`, { method: 'POST', headers: { 'Content-Type': type, ...headers }, body, redirect: 'manual' });
}

/** The ask form's own post, as a browser without JavaScript sends it. */
async function ask(fields: Record<string, string>, headers: Record<string, string> = client()) {
  const res = await fetch(`${site.url}/fraga/skicka`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

async function proofOfWork(base = site.url): Promise<string> {
  const challenge = await (await fetch(`${base}/api/altcha`)).json();
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  return Buffer.from(
    JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature }),
  ).toString('base64');
}

/** A script's JSON post with its proof of work solved. */
async function json(fields: Record<string, unknown>, base = site.url) {
  const res = await post(JSON.stringify({ ...fields, altcha: await proofOfWork(base) }), 'application/json', client(), base);
  return { status: res.status, body: await res.json() };
}

async function lookup(code: string, headers: Record<string, string> = client()) {
  const res = await fetch(`${site.url}/kvitto`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', ...headers },
    body: new URLSearchParams({ kod: code }).toString(),
  });
  return { status: res.status, html: await res.text() };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const codeIn = (html: string) => /class="code"[^>]*><strong[^>]*>([0-9A-Z-]{19})</.exec(html)?.[1] ?? '';
const hash = (code: string) => createHash('sha256').update(code).digest('hex');
const storedWith = (code: string) => cms.strapi.db.query(Q).findMany({ where: { receiptHash: hash(code) } });
const queued = (outbox = site.outbox) => fs.readdirSync(outbox).filter((f) => f.endsWith('.json'));
const key = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`.slice(0, 64);

beforeAll(async () => {
  const port = await freePort();
  const cmsPort = await freePort();
  cms = await startCms({ env: { PORT: String(cmsPort) } });
  const topic = await cms.strapi.documents('api::topic.topic').create({ data: { name: 'Äldre', slug: 'aldre' }, status: 'published' } as never);
  topicId = (topic as unknown as { documentId: string }).documentId;
  siteOptions = {
    port,
    cmsUrl: cms.url,
    readToken: cms.tokens.read,
    rebuildSecret: REBUILD_SECRET,
    env: { CMS_SUBMIT_TOKEN: cms.tokens.submit, TRUST_PROXY: '1', CMS_TIMEOUT_MS: '2000' },
  };
  site = await startSite(siteOptions);
}, 300_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('asking with the form, without JavaScript', () => {
  it('answers with the receipt page itself: the code shown once and in no URL, the question stored as a draft', async () => {
    const res = await ask({ text: TEXT });
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const code = codeIn(res.html);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(res.html).toContain('Vi har tagit emot din fråga. Den besvaras senast');
    expect(res.html).toContain(texts.quickExit);
    const [row] = await storedWith(code);
    expect(row.stage).toBe('new');
    expect(row.publishedAt).toBeNull();
    expect(row.submittedText).toBe(TEXT);
    expect(row.piiFindings.map((f: { kind: string }) => f.kind)).toContain('telefon');
    expect(JSON.stringify(row)).not.toMatch(/10\.0\.|127\.0\.0\.1|Mozilla|node/);
  });

  it('shows a refused question in the site’s own layout, with the text and the topic kept', async () => {
    const res = await ask({ text: 'För kort <b>fet</b>', topic: topicId, idempotencyKey: 'formkey-0123456789ab' });
    expect(res.status).toBe(422);
    expect(res.html).toContain(escapeHtml(t.tooShort));
    expect(res.html).toContain(texts.quickExit);
    expect(res.html).toContain(texts.emergency.heading);
    expect(res.html).toMatch(/<textarea[^>]*>För kort &lt;b&gt;fet&lt;\/b&gt;<\/textarea>/);
    expect(res.html).toContain('value="formkey-0123456789ab"');
    expect(res.html).toMatch(new RegExp(`<option value="${topicId}"[^>]*selected[^>]*>Äldre</option>`));
  });

  it('sends a form posted to the JSON API (a page from an older release) on to the form route', async () => {
    const res = await post(new URLSearchParams({ text: TEXT }).toString(), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/fraga/skicka');
  });

  it('stores nothing from a bot that fills the honeypot, and tells it nothing', async () => {
    const res = await ask({ text: `${TEXT} honung`, webbplats: 'https://spam.example' });
    expect(res.status).toBe(200);
    expect(await storedWith(codeIn(res.html))).toHaveLength(0);
  });

  it('puts emergency numbers first on the receipt when the text suggests acute risk', async () => {
    const res = await ask({ text: 'Jag vill inte leva längre och vet inte vad jag ska göra nu' });
    expect(res.html.indexOf(texts.receipt.acuteHeading)).toBeGreaterThan(0);
    expect(res.html.indexOf(texts.receipt.acuteHeading)).toBeLessThan(res.html.indexOf(`<h1`));
  });
});

describe('the JSON API for scripts', () => {
  it('takes JSON with a solved proof of work, once per solution, and returns the code in the body only', async () => {
    const altcha = await proofOfWork();
    const res = await post(JSON.stringify({ text: TEXT, altcha }), 'application/json');
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBeNull();
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['acute', 'dueAt', 'receipt']);
    expect(await storedWith(body.receipt)).toHaveLength(1);
    const replay = await post(JSON.stringify({ text: TEXT, altcha }), 'application/json');
    expect(replay.status).toBe(400);
    expect((await replay.json()).error.message).toBe(t.proofFailed);
    expect((await post(JSON.stringify({ text: TEXT }), 'application/json')).status).toBe(400);
  });
});

describe('text as the citizen sees it, stored whatever it contains', () => {
  const EMOJI = '😀'.repeat(2001);
  const cases = () => [
    { text: `${TEXT}\u0000 med en NUL-byte`, stored: `${TEXT} med en NUL-byte` },
    { text: `${TEXT} \ud800med ett ensamt surrogat`, stored: `${TEXT} med ett ensamt surrogat` },
    { text: `${TEXT}\u0007\r\nrad två`, stored: `${TEXT}\nrad två` },
    { text: EMOJI, stored: EMOJI },
  ];

  it('refuses zero-width-only text and 4,001 emoji with Swedish 422s, keeping the text', async () => {
    const invisible = await json({ text: '\u200b\u200c\u200d\u2060\ufeff'.repeat(10) });
    expect(invisible).toEqual({ status: 422, body: { error: { status: 422, message: t.noVisibleText } } });
    const long = await json({ text: '😀'.repeat(4001) });
    expect(long).toEqual({ status: 422, body: { error: { status: 422, message: t.tooLong } } });
    const form = await ask({ text: '\u200b'.repeat(30) });
    expect(form.status).toBe(422);
    expect(form.html).toContain(escapeHtml(t.noVisibleText));
    expect(form.html).toContain(`>${'\u200b'.repeat(30)}</textarea>`);
  });

  it('with the CMS up: NUL, a lone surrogate, control characters and 2,001 emoji are stored normalised', async () => {
    for (const { text, stored } of cases()) {
      const res = await json({ text });
      expect(res.status, text.slice(0, 30)).toBe(201);
      const [row] = await storedWith(res.body.receipt);
      expect(row.submittedText).toBe(stored);
    }
    const form = await ask({ text: EMOJI });
    expect(form.status).toBe(200);
    expect((await storedWith(codeIn(form.html)))[0].submittedText).toBe(EMOJI);
  });

  it('with the CMS down: the same texts wait in the outbox and are all delivered, normalised, when it is back', async () => {
    const resume = await cms.halt();
    const codes: Array<[string, string]> = [];
    try {
      for (const { text, stored } of cases()) {
        const res = await json({ text });
        expect(res.status, text.slice(0, 30)).toBe(201);
        codes.push([res.body.receipt, stored]);
      }
      expect(queued()).toHaveLength(cases().length);
    } finally {
      cms = await resume();
    }
    await within(60_000, async () => queued().length === 0);
    for (const [code, stored] of codes) expect((await storedWith(code)).map((r: { submittedText: string }) => r.submittedText)).toEqual([stored]);
  }, 120_000);

  it('delivers every other question when one in the outbox is poisoned or refused, sets the refused one aside, and drops a removed topic', async () => {
    const resume = await cms.halt();
    const secret = 'Hemlig text som aldrig får stå i loggen';
    // As an older site version queued them: a NUL byte (PostgreSQL refused it: 500 for ever), and a
    // text the CMS refuses outright; both ahead of an ordinary question.
    const raw = (idempotencyKey: string, text: string, receipt: string, second: number) => ({
      idempotencyKey,
      text,
      receiptHash: hash(receipt),
      piiFindings: [],
      acceptedAt: new Date(Date.UTC(2020, 0, 1, 0, 0, second)).toISOString(),
    });
    const poisoned = raw(key('poison'), `${TEXT}\u0000 nul`, 'POISON', 0);
    const refused = raw(key('refused'), `${secret}\u200b`.slice(0, 12), 'REFUSED', 1);
    // And a topic that was removed while the question waited: the question must not be lost for it.
    const orphan = { ...raw(key('orphan'), `${TEXT} (ämnet togs bort)`, 'ORPHAN', 2), topic: 'borttaget0000000000000000' };
    fs.writeFileSync(path.join(site.outbox, `${orphan.idempotencyKey}.json`), JSON.stringify(orphan));
    fs.writeFileSync(path.join(site.outbox, `${poisoned.idempotencyKey}.json`), JSON.stringify(poisoned));
    fs.writeFileSync(path.join(site.outbox, `${refused.idempotencyKey}.json`), JSON.stringify(refused));
    let ordinary: string;
    try {
      const res = await json({ text: `${TEXT} (vanlig)` });
      expect(res.status).toBe(201);
      ordinary = res.body.receipt;
    } finally {
      cms = await resume();
    }
    await within(60_000, async () => queued().length === 0);
    expect(await storedWith(ordinary)).toHaveLength(1);
    expect((await storedWith('POISON'))[0].submittedText).toBe(`${TEXT} nul`);
    expect(await storedWith('REFUSED')).toHaveLength(0);
    const [withoutTopic] = await cms.strapi.db.query(Q).findMany({ where: { receiptHash: hash('ORPHAN') }, populate: ['topic'] });
    expect(withoutTopic.submittedText).toBe(`${TEXT} (ämnet togs bort)`);
    expect(withoutTopic.topic).toBeNull();
    expect(fs.existsSync(path.join(site.outbox, 'refused', `${refused.idempotencyKey}.json`))).toBe(true);
    expect(site.log()).toMatch(/vägrade en fråga i utkorgen \(text_too_short\)/);
    expect(site.log()).not.toContain('Hemlig');
  }, 120_000);
});

describe('idempotency keys', () => {
  it('binds a key to its text: another text gets a Swedish 409, the same text “already received”, one question stored', async () => {
    const idempotencyKey = key('bound');
    const first = await json({ text: TEXT, idempotencyKey });
    expect(first.status).toBe(201);
    expect(await json({ text: `${TEXT} Och en helt annan fråga.`, idempotencyKey })).toEqual({
      status: 409,
      body: { error: { status: 409, message: t.keyConflict } },
    });
    expect(await json({ text: TEXT, idempotencyKey })).toEqual({ status: 200, body: { alreadyReceived: true, message: t.alreadyReceived } });
    const rows = await cms.strapi.db.query(Q).findMany({ where: { idempotencyKey } });
    expect(rows.map((r: { submittedText: string }) => r.submittedText)).toEqual([TEXT]);
    expect((await lookup(first.body.receipt)).status).toBe(200);
  });

  it('with the CMS down, never overwrites the first in the outbox; the first receipt works once it is delivered', async () => {
    const idempotencyKey = key('down');
    const resume = await cms.halt();
    let first: Awaited<ReturnType<typeof json>>;
    try {
      first = await json({ text: TEXT, idempotencyKey });
      expect(first.status).toBe(201);
      expect((await json({ text: `${TEXT} Men en annan.`, idempotencyKey })).status).toBe(409);
      expect((await json({ text: TEXT, idempotencyKey })).body).toEqual({ alreadyReceived: true, message: t.alreadyReceived });
      expect(JSON.parse(fs.readFileSync(path.join(site.outbox, `${idempotencyKey}.json`), 'utf8')).text).toBe(TEXT);
      // While it waits in the outbox, its receipt says received.
      const waiting = await lookup(first.body.receipt);
      expect(waiting.status).toBe(200);
      expect(waiting.html).toContain('Vi har tagit emot din fråga.');
    } finally {
      cms = await resume();
    }
    await within(60_000, async () => queued().length === 0);
    expect((await cms.strapi.db.query(Q).findMany({ where: { idempotencyKey } })).map((r: { submittedText: string }) => r.submittedText)).toEqual([TEXT]);
    expect((await storedWith(first.body.receipt))).toHaveLength(1);
  }, 120_000);

  it('two site processes racing with one key neither duplicate nor lose a question, with the CMS up and down', async () => {
    // A second server on the same releases and outbox folder, as two processes behind one proxy.
    const other = await startSite({ ...siteOptions, port: await freePort(), releases: site.releases });
    try {
      for (const sameText of [true, false]) {
        const idempotencyKey = key(`race${sameText}`);
        const [a, b] = await Promise.all([json({ text: TEXT, idempotencyKey }), json({ text: sameText ? TEXT : `${TEXT} (B)`, idempotencyKey }, other.url)]);
        const statuses = [a.status, b.status].sort();
        expect(statuses).toEqual(sameText ? [200, 201] : [201, 409]);
        const winner = a.status === 201 ? a : b;
        const rows = await storedWith(winner.body.receipt);
        expect(rows).toHaveLength(1);
        expect(await cms.strapi.db.query(Q).count({ where: { idempotencyKey } })).toBe(1);
      }
      const resume = await cms.halt();
      const idempotencyKey = key('racedown');
      let winner: Awaited<ReturnType<typeof json>>;
      try {
        const [a, b] = await Promise.all([json({ text: TEXT, idempotencyKey }), json({ text: `${TEXT} (B)`, idempotencyKey }, other.url)]);
        expect([a.status, b.status].sort()).toEqual([201, 409]);
        winner = a.status === 201 ? a : b;
      } finally {
        cms = await resume();
      }
      await within(60_000, async () => queued().length === 0);
      expect(await storedWith(winner.body.receipt)).toHaveLength(1);
      expect(await cms.strapi.db.query(Q).count({ where: { idempotencyKey } })).toBe(1);
    } finally {
      await other.stop(true);
    }
  }, 240_000);
});

describe('receipts', () => {
  it('are looked up by POST and answered with the receipt page; a code in the URL is never looked up', async () => {
    const code = codeIn((await ask({ text: `${TEXT} (kvitto)` })).html);
    const found = await lookup(code.toLowerCase().replace(/-/g, ' '));
    expect(found.status).toBe(200);
    expect(found.html).toContain('Vi har tagit emot din fråga. Den besvaras senast');
    expect(found.html).not.toContain(code);
    const fromUrl = await (await fetch(`${site.url}/kvitto?kod=${code}&ny=1`)).text();
    expect(fromUrl).not.toContain('Vi har tagit emot');
    expect(fromUrl).not.toContain(code);
    const unknown = await lookup('K7QM-3ZXD-9WTR-HB2C');
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain(escapeHtml(texts.receipt.notFound));
    expect(unknown.html).not.toContain('Vi har tagit emot');
  });

  it('are rate limited per client', async () => {
    const me = client();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await lookup('K7QM-3ZXD-9WTR-HB2C', me)).status);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    const limited = await lookup('K7QM-3ZXD-9WTR-HB2C', me);
    expect(limited.status).toBe(429);
    expect(limited.html).toContain('Vänta');
    expect((await lookup('K7QM-3ZXD-9WTR-HB2C')).status).toBe(404);
  });
});

describe('clients and origins', () => {
  it('rate-limits one client with 429 and Retry-After while others get through', async () => {
    const flood = client();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await ask({ text: TEXT }, flood)).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await ask({ text: TEXT }, flood);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.html).toContain('Vänta');
    expect(limited.html).toContain(`>${TEXT}</textarea>`);
    expect((await ask({ text: TEXT })).status).toBe(200);
  });

  it('keeps a proxy’s idle connection open longer than the proxy does (a minute), so that a reused one is not reset', async () => {
    // Node's default closed it after 5 s; nginx's upstream keepalive holds it for 60 s.
    const socket = net.connect(Number(new URL(site.url).port), '127.0.0.1');
    await once(socket, 'connect');
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    const request = 'GET /api/health HTTP/1.1\r\nHost: proxy\r\nConnection: keep-alive\r\n\r\n';
    socket.write(request);
    await within(5_000, async () => received.split('HTTP/1.1 200').length === 2);
    await new Promise((r) => setTimeout(r, 6_000));
    expect(socket.destroyed || socket.readyState !== 'open').toBe(false);
    socket.write(request);
    await within(5_000, async () => received.split('HTTP/1.1 200').length === 3);
    socket.destroy();
  }, 20_000);

  it('behind one proxy, takes the address the proxy saw: a spoofed X-Forwarded-For entry changes nothing', async () => {
    // The proxy appends the address it saw; whatever the client wrote stays in front of it.
    const real = client()['X-Forwarded-For'];
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await ask({ text: TEXT }, { 'X-Forwarded-For': `203.0.113.${i}, 198.51.100.${i}, ${real}` })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
  });

  it('refuses a post that another site made a browser send, in Swedish; own and script posts pass', async () => {
    const foreign: Array<Record<string, string>> = [{ 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }, { Origin: 'https://evil.example' }];
    for (const headers of foreign) {
      const res = await ask({ text: TEXT }, { ...client(), 'Sec-Fetch-Site': '', ...headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.html).toBe(t.crossSite);
      const api = await post(JSON.stringify({ text: TEXT }), 'application/json', { ...client(), ...headers });
      expect(api.status).toBe(403);
      const receipt = await lookup('K7QM-3ZXD-9WTR-HB2C', { ...client(), 'Sec-Fetch-Site': '', ...headers });
      expect(receipt.status).toBe(403);
    }
    const own = new URL(site.url);
    expect((await ask({ text: TEXT }, { ...client(), 'Sec-Fetch-Site': '', Origin: own.origin })).status).toBe(200);
    expect((await ask({ text: TEXT }, { ...client(), 'Sec-Fetch-Site': '', Origin: 'null' })).status).toBe(200);
    expect((await ask({ text: TEXT }, { ...client(), 'Sec-Fetch-Site': '' })).status).toBe(200);
  });
});

describe('every refusal a citizen can get', () => {
  it('is Swedish, from site/src/texts.ts, with a 4xx, and names nothing internal', async () => {
    const usedKey = key('used');
    expect((await json({ text: TEXT, idempotencyKey: usedKey })).status).toBe(201);
    const jsonCases: Array<[string, () => Promise<Response>, number, string]> = [
      ['wrong content type', () => post('text=x', 'text/plain'), 415, t.wrongType],
      ['too large', () => post(JSON.stringify({ text: 'a'.repeat(200_000) }), 'application/json'), 413, t.tooLarge],
      ['not JSON', () => post('{not json', 'application/json'), 400, t.badRequest],
      ['a JSON array', () => post('[1]', 'application/json'), 400, t.badRequest],
      ['no text', () => post(JSON.stringify({}), 'application/json'), 400, t.missingText],
      ['text of the wrong type', () => post(JSON.stringify({ text: 42 }), 'application/json'), 400, t.missingText],
      ['topic of the wrong type', () => post(JSON.stringify({ text: TEXT, topic: 5 }), 'application/json'), 400, t.badTopic],
      ['a malformed key', () => post(JSON.stringify({ text: TEXT, idempotencyKey: 'x' }), 'application/json'), 400, t.badKey],
      ['proof of the wrong type', () => post(JSON.stringify({ text: TEXT, altcha: 5 }), 'application/json'), 400, t.proofFailed],
      ['no proof of work', () => post(JSON.stringify({ text: TEXT }), 'application/json'), 400, t.proofFailed],
      ['too short', () => post(JSON.stringify({ text: 'kort' }), 'application/json'), 422, t.tooShort],
    ];
    for (const [what, send, status, message] of jsonCases) {
      const res = await send();
      expect(res.status, what).toBe(status);
      expect((await res.json()).error.message, what).toBe(message);
    }
    const solved: Array<[string, Record<string, unknown>, number, string]> = [
      ['an unknown topic (the CMS refuses it)', { text: TEXT, topic: 'finnsinte0000000000000000' }, 422, t.badTopic],
      ['a key used for another text', { text: `${TEXT} annan`, idempotencyKey: usedKey }, 409, t.keyConflict],
      ['too long', { text: 'å'.repeat(4001) }, 422, t.tooLong],
      ['nothing visible', { text: '\u2800'.repeat(30) }, 422, t.noVisibleText],
    ];
    for (const [what, fields, status, message] of solved) {
      const res = await json(fields);
      expect(res, what).toEqual({ status, body: { error: { status, message } } });
    }
    const formCases: Array<[string, Record<string, string>, number, string]> = [
      ['an unknown topic, in the form', { text: TEXT, topic: 'finnsinte0000000000000000' }, 422, t.badTopic],
      ['a topic that is no id', { text: TEXT, topic: 'Äldre <b>' }, 400, t.badTopic],
      ['an empty form', {}, 400, t.missingText],
      ['a used proof of work', { text: TEXT, altcha: 'eyJ4IjoxfQ==' }, 400, t.proofFailed],
    ];
    for (const [what, fields, status, message] of formCases) {
      const res = await ask(fields);
      expect(res.status, what).toBe(status);
      expect(res.html, what).toContain(escapeHtml(message));
      expect(res.html, what).toContain(texts.quickExit);
    }
    const notForm = await fetch(`${site.url}/fraga/skicka`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...client() }, body: '{}' });
    expect(notForm.status).toBe(415);
    expect(await notForm.text()).toContain(escapeHtml(t.wrongType));
    // Pasted far over the limit without JavaScript: still the form, with the text, and the reason.
    const pasted = await ask({ text: 'å'.repeat(100_000) });
    expect(pasted.status).toBe(422);
    expect(pasted.html).toContain(escapeHtml(t.tooLong));
    expect(pasted.html).toContain(`>${'å'.repeat(100_000)}</textarea>`);
    const hugeForm = await ask({ text: 'å'.repeat(200_000) });
    // Past the site's body limit the text cannot be kept, but the answer is still the site's page.
    expect(hugeForm.status).toBe(413);
    expect(hugeForm.html).toContain(escapeHtml(t.tooLarge));
    expect(hugeForm.html).toContain(texts.quickExit);
    expect(hugeForm.html).toContain('<textarea');
    const badCode = await lookup('inte en kod');
    expect(badCode.status).toBe(400);
    expect(badCode.html).toContain(escapeHtml(texts.receipt.badCode));
    const wrongMethod = await fetch(`${site.url}/api/questions`);
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.text()).toBe(texts.server.postOnly);
    expect((await ask({ text: TEXT, topic: topicId })).status).toBe(200);
    expect(site.log()).not.toMatch(/Document with id|Invalid input|expected string/);
  });

  it('/api/health tells anyone only whether the site is up; details only with the operator’s secret', async () => {
    const open = await fetch(`${site.url}/api/health`);
    expect(open.status).toBe(200);
    expect(await open.json()).toEqual({ status: 'ok' });
    const wrong = await (await fetch(`${site.url}/api/health`, { headers: { Authorization: 'Bearer fel' } })).json();
    expect(wrong).toEqual({ status: 'ok' });
    const operator = await (await fetch(`${site.url}/api/health`, { headers: { Authorization: `Bearer ${REBUILD_SECRET}` } })).json();
    expect(operator).toMatchObject({ status: 'ok', outbox: 0, building: expect.any(Boolean) });
    expect(operator.release).toMatch(/^\d{4}-/);
  });
});

describe('never lost', () => {
  it('keeps what it acknowledged while the CMS is down and delivers each exactly once when it is back', async () => {
    const resume = await cms.halt();
    const codes: string[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const res = await ask({ text: `${TEXT} (medan CMS:et är nere ${i})` });
        expect(res.status).toBe(200);
        expect(res.html).toContain('Vi har tagit emot din fråga.');
        codes.push(codeIn(res.html));
      }
      expect(queued()).toHaveLength(3);
    } finally {
      cms = await resume();
    }
    await within(90_000, async () => queued().length === 0);
    for (const code of codes) expect(await storedWith(code)).toHaveLength(1);
  }, 120_000);

  it('delivers a non-empty outbox after the site server is restarted, exactly once', async () => {
    const resume = await cms.halt();
    const res = await ask({ text: `${TEXT} (före omstart)` });
    expect(res.status).toBe(200);
    const code = codeIn(res.html);
    const releases = site.releases;
    await site.stop(true);
    expect(queued(path.join(releases, 'outbox'))).toHaveLength(1);
    cms = await resume();
    site = await startSite({ ...siteOptions, releases });
    await within(90_000, async () => queued().length === 0);
    expect(await storedWith(code)).toHaveLength(1);
  }, 180_000);
});
