import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_TEXT } from '../../config/domain/limits';
import { feedbackDay, windowStart } from '../../config/domain/feedback';
import { VOTES_PER_HOUR, VOTES_PER_QUESTION_PER_DAY } from '../../site/server/feedback/limits';
import { texts } from '../../site/src/texts';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { freePort, startSite, type TestSite } from '../helpers/site';
import { Q, createTemplate, receiveQuestion, setStage, writeAnswer } from '../helpers/workflow';
import { toDeskError } from '../../cms/src/plugins/desk/admin/src/api/desk-error';

/**
 * "Hjälpte svaret dig?" through the real site server and the real CMS (SQLite, or PostgreSQL with
 * DATABASE_URL): votes and "Vad saknades?" texts as a browser without JavaScript posts them and as
 * the page's script sends them, what is stored (counts per day, texts with their findings, nothing
 * about the client), the limits per client, other origins, odd input, and the editors' admin routes.
 */

const COUNT = 'api::feedback.feedback-count';
const TEXT = 'api::feedback.feedback-text';
const t = texts.feedback;
const REBUILD_SECRET = crypto.randomBytes(24).toString('base64');

let cms: TestCms;
let site: TestSite;
let editor: AdminClient;
let published = '';
let publishedSlug = '';
let other = '';
let draftOnly = '';
let forwarded = 0;

/** Each call looks like a new client (the site trusts one proxy hop here), unless one is given. */
function client(address?: string): Record<string, string> {
  forwarded += 1;
  return { 'X-Forwarded-For': address ?? `10.1.${Math.floor(forwarded / 250)}.${forwarded % 250}` };
}

/** The plain forms' post, as a browser without JavaScript sends it. */
async function form(fields: Record<string, string>, headers: Record<string, string> = client()) {
  const res = await fetch(`${site.url}/hjalpte-svaret`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/** The question page's script. */
async function api(kind: 'votes' | 'texts', body: unknown, headers: Record<string, string> = client()) {
  const res = await fetch(`${site.url}/api/feedback/${kind}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body: json, text };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const counts = async (question: string) => {
  const rows = (await cms.strapi.db.query(COUNT).findMany({ where: { question } })) as Array<{ helped: number; notHelped: number }>;
  return rows.reduce((sum, row) => ({ helped: sum.helped + row.helped, notHelped: sum.notHelped + row.notHelped }), { helped: 0, notHelped: 0 });
};
const storedTexts = (question: string) => cms.strapi.db.query(TEXT).findMany({ where: { question } }) as Promise<Array<Record<string, any>>>;

async function publishQuestion(text: string, title: string, one: AdminClient, two: AdminClient): Promise<string> {
  const id = await receiveQuestion(contentApi(cms.url, cms.tokens.submit), one, text, title);
  await writeAnswer(one, id, 'Ett allmänt svar.');
  expect((await setStage(one, id, 'in_review')).status).toBe(200);
  expect((await setStage(two, id, 'approved')).status).toBe(200);
  expect((await two.publish(Q, id)).status).toBe(200);
  return id;
}

beforeAll(async () => {
  const port = await freePort();
  const cmsPort = await freePort();
  cms = await startCms({ env: { PORT: String(cmsPort) } });
  const one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  const two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
  editor = one;
  await createTemplate(one);
  published = await publishQuestion('Hur ansöker man om skuldsanering för min pappa som har skulder?', 'Skuldsanering för en förälder', one, two);
  other = await publishQuestion('Kan jag få hjälp med hyran när jag har blivit sjuk en längre tid?', 'Hyra vid sjukdom', one, two);
  draftOnly = await receiveQuestion(contentApi(cms.url, cms.tokens.submit), one, 'En fråga som aldrig publiceras, bara ett utkast.', 'Utkast');
  publishedSlug = ((await cms.strapi.documents(Q).findOne({ documentId: published, status: 'published', fields: ['slug'] } as never)) as unknown as { slug: string }).slug;
  site = await startSite({
    port,
    cmsUrl: cms.url,
    readToken: cms.tokens.read,
    rebuildSecret: REBUILD_SECRET,
    env: { CMS_SUBMIT_TOKEN: cms.tokens.submit, TRUST_PROXY: '1', CMS_TIMEOUT_MS: '2000' },
  });
}, 300_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('voting without JavaScript: plain forms answered in the site’s layout', () => {
  it('Ja is counted for the question and the day, with a thank-you and the way back', async () => {
    const before = await counts(published);
    const res = await form({ fraga: published, sida: publishedSlug, svar: 'ja' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.html).toContain(t.thanksYes);
    expect(res.html).toContain(`href="/fragor/${publishedSlug}"`);
    expect(res.html).toContain(texts.quickExit);
    expect(res.html).not.toContain('name="saknades"');
    expect(await counts(published)).toEqual({ helped: before.helped + 1, notHelped: before.notHelped });
  });

  it('Nej is counted and offers the optional "Vad saknades?", which is kept with what the scanner found', async () => {
    const before = await counts(published);
    const res = await form({ fraga: published, sida: publishedSlug, svar: 'nej' });
    expect(res.status).toBe(200);
    expect(res.html).toContain(t.thanksNo);
    expect(res.html).toContain(t.missingLabel);
    expect(res.html).toMatch(new RegExp(`<input type="hidden" name="fraga" value="${published}"`));
    expect(await counts(published)).toEqual({ helped: before.helped, notHelped: before.notHelped + 1 });

    const missing = 'Svaret sa inget om vad det kostar. Ring mig på 070-123 45 67 <b>fet</b>';
    const saved = await form({ fraga: published, sida: publishedSlug, saknades: missing });
    expect(saved.status).toBe(200);
    expect(saved.html).toContain(t.textThanks);
    const [row] = (await storedTexts(published)).filter((r) => r.text === missing);
    expect(row.day).toBe(feedbackDay());
    expect(row.piiFindings.map((f: { kind: string }) => f.kind)).toEqual(['telefon']);
  });

  it('a refused text comes back in the form, kept, with the reason: 501 characters, nothing visible', async () => {
    const long = `${'å'.repeat(FEEDBACK_TEXT.max)}x`;
    const res = await form({ fraga: published, sida: publishedSlug, saknades: long });
    expect(res.status).toBe(422);
    expect(res.html).toContain(escapeHtml(t.textTooLong));
    expect(res.html).toContain(`>${long}</textarea>`);
    expect(res.html).toContain(texts.emergency.heading);
    const invisible = await form({ fraga: published, sida: publishedSlug, saknades: '\u200b\u200d\ufeff' });
    expect(invisible.status).toBe(422);
    expect(invisible.html).toContain(escapeHtml(t.textInvisible));
    const huge = await form({ fraga: published, sida: publishedSlug, saknades: 'å'.repeat(600_000) });
    expect(huge.status).toBe(413);
    expect(huge.html).toContain(escapeHtml(t.tooLarge));
    expect(huge.html).toContain(texts.quickExit);
  });

  it('a vote without a choice, or for a question that does not exist or is not published, is refused in Swedish', async () => {
    for (const [fields, status, message] of [
      [{ fraga: published, sida: publishedSlug }, 400, t.badVote],
      [{ fraga: published, svar: 'kanske' }, 400, t.badVote],
      [{ fraga: 'finnsinte0000000000000000', svar: 'ja' }, 404, t.unknownQuestion],
      [{ fraga: draftOnly, svar: 'ja' }, 404, t.unknownQuestion],
      [{ fraga: '../../admin', sida: 'javascript:alert(1)', svar: 'ja' }, 404, t.unknownQuestion],
      [{}, 404, t.unknownQuestion],
    ] as Array<[Record<string, string>, number, string]>) {
      const res = await form(fields);
      expect(res.status, JSON.stringify(fields)).toBe(status);
      expect(res.html).toContain(escapeHtml(message));
      expect(res.html).not.toContain('javascript:');
    }
    expect(await counts(draftOnly)).toEqual({ helped: 0, notHelped: 0 });
    expect(await cms.strapi.db.query(COUNT).count({ where: { question: 'finnsinte0000000000000000' } })).toBe(0);
  });
});

describe('voting from the page’s script (JSON)', () => {
  it('counts a vote and keeps a text normalised: NUL bytes, control characters, emoji and 500 characters', async () => {
    const before = await counts(other);
    const vote = await api('votes', { question: other, helped: false });
    expect(vote).toMatchObject({ status: 201, body: { message: t.thanksNo } });
    expect(await counts(other)).toEqual({ helped: before.helped, notHelped: before.notHelped + 1 });
    const cases: Array<[string, string]> = [
      ['Det saknades\u0000 något om\u0007 hyran\r\nrad två', 'Det saknades något om hyran\nrad två'],
      ['👨‍👩‍👧'.repeat(FEEDBACK_TEXT.max), '👨‍👩‍👧'.repeat(FEEDBACK_TEXT.max)],
      ['  Kort och bra 😀  ', 'Kort och bra 😀'],
    ];
    for (const [sent, stored] of cases) {
      const res = await api('texts', { question: other, text: sent });
      expect(res.status, sent.slice(0, 20)).toBe(201);
      expect(res.body.message).toBe(t.textThanks);
      expect((await storedTexts(other)).map((r) => r.text)).toContain(stored);
    }
  });

  it('refuses odd input with a Swedish message and a 4xx, never a 500', async () => {
    const cases: Array<['votes' | 'texts', unknown, number, string]> = [
      ['texts', { question: other, text: '👨‍👩‍👧'.repeat(FEEDBACK_TEXT.max + 1) }, 422, t.textTooLong],
      ['texts', { question: other, text: '\u200b'.repeat(20) }, 422, t.textInvisible],
      ['texts', { question: other, text: '\u0000\u0000' }, 400, t.textMissing],
      ['texts', { question: other, text: 42 }, 400, t.textMissing],
      ['texts', { question: other }, 400, t.textMissing],
      ['votes', { question: other, helped: 'ja' }, 400, t.badVote],
      ['votes', { question: other }, 400, t.badVote],
      ['votes', { question: 'finnsinte0000000000000000', helped: true }, 404, t.unknownQuestion],
      ['votes', { question: draftOnly, helped: true }, 404, t.unknownQuestion],
      ['votes', { question: { $ne: '' }, helped: true }, 404, t.unknownQuestion],
      ['votes', '{"question":', 400, t.badRequest],
      ['votes', '[1,2]', 400, t.badRequest],
      ['texts', JSON.stringify({ question: other, text: 'å'.repeat(20_000) }), 413, t.tooLarge],
    ];
    for (const [kind, body, status, message] of cases) {
      const res = await api(kind, body);
      expect(res.status, `${kind} ${String(JSON.stringify(body)).slice(0, 60)}`).toBe(status);
      expect(res.body).toEqual({ error: { status, message } });
    }
    const notJson = await fetch(`${site.url}/api/feedback/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...client() },
      body: `question=${other}&helped=true`,
    });
    expect(notJson.status).toBe(415);
    expect((await notJson.json()).error.message).toBe(t.jsonOnly);
    const read = await fetch(`${site.url}/api/feedback/votes`);
    expect(read.status).toBe(405);
    expect(site.log()).not.toMatch(/Oväntat fel|TypeError|Internal Server Error/);
  });
});

describe('a flood and other origins', () => {
  it(`counts at most ${VOTES_PER_QUESTION_PER_DAY} votes per question and day from one client; other clients still count`, async () => {
    const before = await counts(other);
    const flooder = client('10.66.0.1');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => api('votes', { question: other, helped: i % 2 === 0 }, flooder)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(VOTES_PER_QUESTION_PER_DAY);
    const refused = results.filter((r) => r.status === 429);
    expect(refused).toHaveLength(20 - VOTES_PER_QUESTION_PER_DAY);
    for (const r of refused) {
      expect(r.body.error.message).toBe(t.alreadyVoted);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // The plain form is limited by the same key.
    const formRes = await form({ fraga: other, sida: 'x', svar: 'ja' }, flooder);
    expect(formRes.status).toBe(429);
    expect(formRes.html).toContain(escapeHtml(t.alreadyVoted));
    // Someone else, at the same time, is counted.
    expect((await api('votes', { question: other, helped: true })).status).toBe(201);
    const after = await counts(other);
    expect(after.helped + after.notHelped).toBe(before.helped + before.notHelped + VOTES_PER_QUESTION_PER_DAY + 1);
  });

  it(`stops a client at ${VOTES_PER_HOUR} votes an hour across questions, also for made-up question ids`, async () => {
    const before = await counts(published);
    const flooder = client('10.66.0.2');
    const madeUp = await Promise.all(
      Array.from({ length: VOTES_PER_HOUR }, (_, i) => api('votes', { question: `pahittad${String(i).padStart(16, '0')}`, helped: false }, flooder)),
    );
    expect(madeUp.map((r) => r.status)).toEqual(Array(VOTES_PER_HOUR).fill(404));
    const capped = await api('votes', { question: published, helped: false }, flooder);
    expect(capped.status).toBe(429);
    expect(capped.body.error.message).toBe(t.rateLimited(Number(capped.headers.get('retry-after'))));
    expect(await counts(published)).toEqual(before);
  });

  it('counts every vote of many clients at the same moment exactly once', async () => {
    const before = await counts(published);
    const results = await Promise.all(Array.from({ length: 30 }, () => api('votes', { question: published, helped: true })));
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));
    expect((await counts(published)).helped).toBe(before.helped + 30);
    const rows = await cms.strapi.db.query(COUNT).count({ where: { question: published, day: feedbackDay() } });
    expect(rows).toBe(1);
  });

  it('refuses a vote or a text that another site makes a visitor’s browser send', async () => {
    const before = await counts(published);
    const textsBefore = (await storedTexts(published)).length;
    for (const headers of [{ 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }]) {
      const vote = await api('votes', { question: published, helped: false }, { ...client(), ...headers });
      expect(vote.status).toBe(403);
      expect(vote.text).toBe(t.crossSite);
      const viaForm = await form({ fraga: published, svar: 'nej' }, { ...client(), ...headers });
      expect(viaForm.status).toBe(403);
    }
    const byOrigin = await fetch(`${site.url}/hjalpte-svaret`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', ...client() },
      body: new URLSearchParams({ fraga: published, saknades: 'Planterad text från en annan webbplats' }).toString(),
    });
    expect(byOrigin.status).toBe(403);
    expect(await counts(published)).toEqual(before);
    expect(await storedTexts(published)).toHaveLength(textsBefore);
  });
});

describe('what is kept', () => {
  it('sets no cookie, and stores no address, user agent, key or time of day', async () => {
    const res = await api('votes', { question: published, helped: true }, { ...client('10.77.7.7'), 'User-Agent': 'Mozilla/5.0 Testläsare' });
    expect(res.headers.get('set-cookie')).toBeNull();
    const page = await form({ fraga: published, svar: 'nej' }, client('10.77.7.8'));
    expect(page.headers.get('set-cookie')).toBeNull();
    const rows = [...(await cms.strapi.db.query(COUNT).findMany({})), ...(await cms.strapi.db.query(TEXT).findMany({}))];
    const stored = JSON.stringify(rows);
    expect(stored).not.toMatch(/10\.(1|66|77)\.|127\.0\.0\.1|Mozilla|Testläsare/);
    for (const row of rows as Array<{ createdAt: string; updatedAt: string; day: string }>) {
      expect(new Date(row.createdAt).toISOString()).toBe(`${row.day}T00:00:00.000Z`);
      expect(new Date(row.updatedAt).toISOString()).toBe(`${row.day}T00:00:00.000Z`);
    }
    expect(site.log()).not.toMatch(/10\.77\.|Mozilla/);
  });

  it('with the CMS down, a vote gets a Swedish 503 and a text is handed back in the form', async () => {
    const resume = await cms.halt();
    try {
      const vote = await api('votes', { question: published, helped: true });
      expect(vote).toMatchObject({ status: 503, body: { error: { message: t.unavailable } } });
      const text = 'Det här får inte försvinna när CMS:et är nere.';
      const res = await form({ fraga: published, sida: publishedSlug, saknades: text });
      expect(res.status).toBe(503);
      expect(res.html).toContain(`>${text}</textarea>`);
    } finally {
      cms = await resume();
      editor = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
    }
  });
});

describe('the editors’ desk reads it through admin routes only', () => {
  it('refuses anyone who is not a logged-in editor, with every token the site has', async () => {
    for (const path of ['/feedback/counts', `/feedback/questions/${published}`, '/feedback/least-helpful']) {
      expect((await fetch(`${cms.url}${path}`)).status, path).toBe(401);
      for (const token of [cms.tokens.read, cms.tokens.submit]) {
        expect((await fetch(`${cms.url}${path}`, { headers: { Authorization: `Bearer ${token}` } })).status, path).toBe(401);
      }
    }
    expect((await editor.send('GET', '/feedback/questions/..%2F..%2Fadmin')).status).toBe(400);
  });

  it('shows the counts on each case, the texts with their findings, and the answers with the most Nej in 90 days', async () => {
    const all = await editor.send('GET', '/feedback/counts');
    expect(all.status).toBe(200);
    const mine = all.body.data.find((q: { documentId: string }) => q.documentId === published);
    expect(mine).toEqual({ documentId: published, ...(await counts(published)) });

    const detail = await editor.send('GET', `/feedback/questions/${published}`);
    expect(detail.status).toBe(200);
    expect(detail.body.data).toMatchObject({ documentId: published, ...(await counts(published)) });
    expect(detail.body.data.days[0].day).toBe(feedbackDay());
    const text = detail.body.data.texts.find((x: { text: string }) => x.text.startsWith('Svaret sa inget om vad det kostar'));
    expect(text.piiFindings[0]).toMatchObject({ kind: 'telefon', text: '070-123 45 67' });

    // Nej older than the window does not count; inside it, the most Nej comes first.
    const old = windowStart(91);
    await cms.strapi.db.query(COUNT).create({ data: { question: published, day: old, helped: 0, notHelped: 500, publishedAt: new Date() } });
    const edge = windowStart(90);
    await cms.strapi.db.query(COUNT).create({ data: { question: other, day: edge, helped: 0, notHelped: 200, publishedAt: new Date() } });
    const least = await editor.send('GET', '/feedback/least-helpful');
    expect(least.status).toBe(200);
    expect(least.body.data.since).toBe(edge);
    const [first, second] = least.body.data.questions;
    expect(first).toMatchObject({ documentId: other, title: 'Hyra vid sjukdom', published: true });
    expect(first.notHelped).toBeGreaterThanOrEqual(200);
    expect(second.documentId).toBe(published);
    expect(second.notHelped).toBeLessThan(500);
    expect(second.texts).toBeGreaterThan(0);
  });

  it('the desk’s own routes show the counts on each published case and in Publicerade, the texts on the case, and the answers with the most Nej', async () => {
    const totals = await counts(published);
    const onCase = await editor.send('GET', `/desk/cases/${published}/feedback`);
    expect(onCase.status).toBe(200);
    expect(onCase.body).toMatchObject(totals);
    const missed = onCase.body.texts.find((x: { text: string }) => x.text.startsWith('Svaret sa inget om vad det kostar'));
    expect(missed.piiFindings).toEqual([{ kind: 'telefon', text: '070-123 45 67' }]);

    const list = await editor.send('GET', '/desk/published');
    expect(list.status).toBe(200);
    expect(list.body.items.find((q: { id: string }) => q.id === published)).toMatchObject(totals);
    expect(list.body.items.find((q: { id: string }) => q.id === other).notHelped).toBe((await counts(other)).notHelped);

    const least = await editor.send('GET', '/desk/feedback/least-helpful');
    expect(least.status).toBe(200);
    expect(least.body.since).toBe(windowStart(90));
    expect(least.body.items.map((q: { id: string }) => q.id).slice(0, 2)).toEqual([other, published]);
    expect(least.body.items[0]).toMatchObject({ title: 'Hyra vid sjukdom', published: true });
    expect(least.body.items[0].url).toMatch(/\/fragor\//);

    expect((await editor.send('GET', '/desk/cases/..%2F..%2Fadmin/feedback')).status).toBe(400);
    const unknown = await editor.send('GET', '/desk/cases/abcdefghijklmnopqrstuvwx/feedback');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Ärendet finns inte längre. Det kan ha raderats.');
  });

  it('the feedback routes need a logged-in editor with the desk’s read permission', async () => {
    const paths = [`/desk/cases/${published}/feedback`, '/desk/feedback/least-helpful', '/feedback/counts', `/feedback/questions/${published}`, '/feedback/least-helpful'];
    for (const path of paths) expect((await fetch(`${cms.url}${path}`)).status, path).toBe(401);
    const role = (await cms.strapi.service('admin::role').create({ name: 'Utan redaktionen', description: 'test' })) as { id: number };
    await cms.strapi.service('admin::user').create({
      email: 'utan-redaktionen@example.se', firstname: 'Utan', lastname: 'Redaktionen', password: 'Utan-Redaktionen-2026', isActive: true, roles: [role.id],
    });
    const outsider = await adminLogin(cms.url, 'utan-redaktionen@example.se', 'Utan-Redaktionen-2026');
    for (const path of paths) {
      const refused = await outsider.send('GET', path);
      expect(refused.status, path).toBe(403);
      // Strapi's own refusal is in English; the desk shows the editor why, in Swedish.
      expect(toDeskError({ response: { status: refused.status, data: refused.body } }).message, path).toBe('Din roll får inte göra det här. Be en administratör om behörighet.');
    }
    // The desk's own refusals, already in Swedish, reach the editor as the server worded them.
    const editorOwn = await editor.send('GET', '/desk/cases/abcdefghijklmnopqrstuvwx/feedback');
    expect(toDeskError({ response: { status: editorOwn.status, data: editorOwn.body } }).message).toBe('Ärendet finns inte längre. Det kan ha raderats.');
    expect(toDeskError({ response: { status: 401, data: (await fetch(`${cms.url}${paths[0]}`).then((r) => r.json())) } }).message).toMatch(/inte inloggad längre/);
  });
});
