import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { texts } from '../../site/src/texts';
import { launchChromium } from '../helpers/browser';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { freePort, startSite, within, type TestSite } from '../helpers/site';
import { Q, createTemplate, receiveQuestion, setStage, writeAnswer } from '../helpers/workflow';

/**
 * Unpublishing takes a question off the site before any rebuild: the real CMS's webhook reaches the
 * real site server, whose old release still holds the page. The site's rebuild waits a minute here
 * (REBUILD_DEBOUNCE_MS), so everything before the restart happens with the page still in the release.
 */

const REBUILD_SECRET = crypto.randomBytes(24).toString('hex');
// A word no other text has, so that a search for it finds exactly these two questions.
const WORD = 'zorbakvistning';

let cms: TestCms;
let site: TestSite;
let port = 0;
let browser: Browser;
let one: AdminClient;
let two: AdminClient;
let downId = '';
let downSlug = '';
let keptSlug = '';

const status = async (path: string, method = 'GET') => (await fetch(`${site.url}${path}`, { method })).status;
const operator = { Authorization: `Bearer ${REBUILD_SECRET}` };
const building = async () => ((await (await fetch(`${site.url}/api/health`, { headers: operator })).json()) as { building: boolean }).building;

async function publishQuestion(title: string, text: string): Promise<string> {
  const id = await receiveQuestion(contentApi(cms.url, cms.tokens.submit), one, text, title);
  await writeAnswer(one, id, `Ett svar om ${WORD}.`);
  expect((await setStage(one, id, 'in_review')).status).toBe(200);
  expect((await setStage(two, id, 'approved')).status).toBe(200);
  expect((await two.publish(Q, id)).status).toBe(200);
  return id;
}

const slugOf = async (documentId: string) =>
  ((await cms.strapi.documents(Q).findOne({ documentId, status: 'published', fields: ['slug'] } as never)) as unknown as { slug: string }).slug;

/** The pages the search page lists for a word, as a citizen's browser shows them. */
async function searchHits(word: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${site.url}/sok?q=${encodeURIComponent(word)}`);
    await page.locator('[data-search-status]').filter({ hasText: word }).waitFor({ timeout: 15_000 });
    return await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  } finally {
    await page.close();
  }
}

function startOurSite(releases?: string): Promise<TestSite> {
  return startSite({
    port,
    cmsUrl: cms.url,
    readToken: cms.tokens.read,
    rebuildSecret: REBUILD_SECRET,
    releases,
    env: { REBUILD_DEBOUNCE_MS: '60000' },
  });
}

beforeAll(async () => {
  port = await freePort();
  cms = await startCms({ env: { REBUILD_SECRET, SITE_INTERNAL_URL: `http://127.0.0.1:${port}` } });
  one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
  await createTemplate(one);
  downId = await publishQuestion('En fråga som avpubliceras', `Jag undrar över ${WORD} och vad det innebär för min familj.`);
  const keptId = await publishQuestion('En fråga som ligger kvar', `Hur fungerar ${WORD} när man bor i en annan kommun?`);
  downSlug = await slugOf(downId);
  keptSlug = await slugOf(keptId);
  // The first build runs at once (start-up), whatever the debounce.
  site = await startOurSite();
  await within(120_000, async () => (await status(`/fragor/${downSlug}`)) === 200 && !(await building()));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
});

describe('unpublishing takes the page down before any rebuild', () => {
  it('the page answers 410 Gone within 1 s, at every address of the page, and the other question stays', async () => {
    expect(await searchHits(WORD)).toEqual(expect.arrayContaining([`/fragor/${downSlug}`, `/fragor/${keptSlug}`]));
    const started = Date.now();
    expect((await one.unpublish(Q, downId)).status).toBe(200);
    await within(1_000, async () => (await status(`/fragor/${downSlug}`)) === 410);
    expect(Date.now() - started).toBeLessThanOrEqual(1_000);
    for (const variant of [`/fragor/${downSlug}.html`, `/fragor/${downSlug}/`, `/fragor/${encodeURIComponent(downSlug)}`]) {
      expect(await status(variant)).toBe(410);
    }
    expect(await status(`/fragor/${downSlug}`, 'HEAD')).toBe(410);
    const res = await fetch(`${site.url}/fragor/${downSlug}`);
    expect(await res.text()).toBe(texts.server.takenDown);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await status(`/fragor/${keptSlug}`)).toBe(200);
    // Nothing was rebuilt: the page is still in the live release, and only the takedown hides it.
    expect(await building()).toBe(false);
  });

  it('the search page no longer finds it', async () => {
    const hits = await searchHits(WORD);
    expect(hits).toContain(`/fragor/${keptSlug}`);
    expect(hits).not.toContain(`/fragor/${downSlug}`);
  });

  it('holds when the site server restarts before the rebuild is done, and the rebuild then removes the page', async () => {
    await site.stop(true);
    site = await startOurSite(site.releases);
    // Up on the old release (which still has the page), its start-up build under way.
    expect(await building()).toBe(true);
    expect(await status(`/fragor/${downSlug}`)).toBe(410);
    expect(await searchHits(WORD)).not.toContain(`/fragor/${downSlug}`);
    await within(120_000, async () => !(await building()));
    expect(await status(`/fragor/${downSlug}`)).toBe(404);
    expect(await (await fetch(`${site.url}/borttagna-fragor.json`)).json()).toEqual([]);
  }, 180_000);

  it('publishing it again brings the page back after the build', async () => {
    expect((await setStage(one, downId, 'in_review')).status).toBe(200);
    expect((await setStage(two, downId, 'approved')).status).toBe(200);
    expect((await two.publish(Q, downId)).status).toBe(200);
    // The webhook's rebuild waits out the minute's debounce first.
    await within(180_000, async () => (await status(`/fragor/${downSlug}`)) === 200);
    expect(await searchHits(WORD)).toContain(`/fragor/${downSlug}`);
  }, 240_000);
});
