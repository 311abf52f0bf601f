import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
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
let topicId = '';
let freshSlug = '';
let freshHtml = '';

const status = async (path: string, method = 'GET') => (await fetch(`${site.url}${path}`, { method })).status;
const operator = { Authorization: `Bearer ${REBUILD_SECRET}` };
const liveRelease = async () => ((await (await fetch(`${site.url}/api/health`, { headers: operator })).json()) as { release: string }).release;
const building = async () => ((await (await fetch(`${site.url}/api/health`, { headers: operator })).json()) as { building: boolean }).building;

async function publishQuestion(title: string, text: string, topic?: string): Promise<string> {
  const id = await receiveQuestion(contentApi(cms.url, cms.tokens.submit), one, text, title);
  if (topic) expect((await one.update(Q, id, { topic: { connect: [{ documentId: topic }] } })).status).toBe(200);
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

const stylesInAnyOrder = (html: string) =>
  html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${css.split('}').map((rule) => rule.trim()).filter(Boolean).sort().join('}\n')}</style>`);

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
  const topic = await cms.strapi.documents('api::topic.topic').create({ data: { name: 'Ekonomi', slug: 'ekonomi' }, status: 'published' } as never);
  topicId = (topic as unknown as { documentId: string }).documentId;
  downId = await publishQuestion('En fråga som avpubliceras', `Jag undrar över ${WORD} och vad det innebär för min familj.`, topicId);
  const keptId = await publishQuestion('En fråga som ligger kvar', `Hur fungerar ${WORD} när man bor i en annan kommun?`, topicId);
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
    const written = [`/fragor/${downSlug}.html`, `/fragor/${downSlug}/`, `/fragor/${encodeURIComponent(downSlug)}`, `/fragor//${downSlug}`, `/fragor%2F${downSlug}`, `/fragor/${downSlug}%2Ehtml`, `/fragor/${downSlug}//`];
    for (const variant of written) expect(await status(variant), variant).toBe(410);
    expect(await status(`/fragor/${downSlug}`, 'HEAD')).toBe(410);
    const res = await fetch(`${site.url}/fragor/${downSlug}`);
    expect(await res.text()).toBe(texts.server.takenDown);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await status(`/fragor/${keptSlug}`)).toBe(200);
    // Nor does any other file of the live release name it: open data, feed, sitemap, lists, related questions.
    for (const file of ['/oppna-data/fragor.json', '/oppna-data/fragor.csv', '/feed.xml', '/sitemap.xml', '/', '/amne/ekonomi', `/fragor/${keptSlug}`]) {
      const text = await (await fetch(`${site.url}${file}`)).text();
      expect(text, file).not.toContain(`/fragor/${downSlug}`);
      expect(text, file).not.toContain('En fråga som avpubliceras');
      if (file !== `/fragor/${keptSlug}`) expect(text, file).toContain(`/fragor/${keptSlug}`);
    }
    expect((await (await fetch(`${site.url}/oppna-data/fragor.json`)).json()).questions.length).toBeGreaterThan(0);
    for (const file of ['/oppna-data/fragor.json/', '/oppna-data/fragor%2Ejson', '/oppna-data//fragor.json', '/oppna-data/fragor%2Ecsv', '/feed.xml/', '/index.html', '/amne/ekonomi/']) {
      const res = await fetch(`${site.url}${file}`);
      expect(res.status, file).toBe(200);
      expect(await res.text(), file).not.toContain('En fråga som avpubliceras');
    }
    // An address that cannot be decoded is refused, and the server stays up for everyone.
    expect(await status('/%00')).toBe(400);
    expect(await status('/fragor/%E0%A4%A')).toBe(400);
    expect(await status(`/fragor/${keptSlug}`)).toBe(200);
    // Nothing was rebuilt: the page is still in the live release, and only the takedown hides it.
    expect(await building()).toBe(false);
  });

  it('the search page no longer finds it, and its text in the search index cannot be fetched', async () => {
    const hits = await searchHits(WORD);
    expect(hits).toContain(`/fragor/${keptSlug}`);
    expect(hits).not.toContain(`/fragor/${downSlug}`);
    // Pagefind keeps each page's text in a fragment of its own, packed with the bundle's other
    // files (search-pack.ts); read from the release on disk.
    const packs = path.join(site.releases, await liveRelease(), 'data', 'sokindex');
    const fragments = new Map<string, string>();
    for (const name of fs.readdirSync(packs).filter((file) => file.endsWith('.json'))) {
      const bundle = name.replace(/\.json$/, '');
      const pack = fs.readFileSync(path.join(packs, `${bundle}.pack`));
      const { files } = JSON.parse(fs.readFileSync(path.join(packs, name), 'utf8')) as { files: Record<string, [number, number]> };
      for (const [file, [offset, length]] of Object.entries(files)) {
        if (!file.startsWith('fragment/')) continue;
        const text = zlib.gunzipSync(pack.subarray(offset, offset + length)).toString('utf8');
        fragments.set(JSON.parse(text.slice(text.indexOf('{'))).url, `/${bundle}/${file}`);
      }
    }
    const down = fragments.get(`/fragor/${downSlug}`)!;
    const kept = fragments.get(`/fragor/${keptSlug}`)!;
    expect(down).toBeTruthy();
    expect(kept).toBeTruthy();
    // Each fragment's question is known from the build: refused from the first request.
    for (const variant of [down, down.replace('/fragment/', '/fragment//'), down.replace('.pf_fragment', '%2Epf_fragment'), down.replace('/fragment/', '%2Ffragment%2F')]) {
      expect(await status(variant), variant).toBe(410);
    }
    const res = await fetch(`${site.url}${kept}`);
    expect(res.status).toBe(200);
    expect(zlib.gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toContain('En fråga som ligger kvar');
  });

  it('publishing a new question serves its page before any rebuild; the render route is the server’s alone', async () => {
    const releaseBefore = await liveRelease();
    const id = await publishQuestion('En fråga som syns direkt', `Syns ${WORD} på webbplatsen så fort svaret är publicerat?`, topicId);
    freshSlug = await slugOf(id);
    // The rebuild waits out a minute's debounce: a page served now was not built.
    await within(30_000, async () => (await status(`/fragor/${freshSlug}`)) === 200);
    expect(await building()).toBe(false);
    expect(await liveRelease()).toBe(releaseBefore);
    for (const variant of [`/fragor/${freshSlug}.html`, `/fragor/${freshSlug}/`]) expect(await status(variant)).toBe(200);
    freshHtml = await (await fetch(`${site.url}/fragor/${freshSlug}`)).text();
    expect(freshHtml).toContain(`Ett svar om ${WORD}.`);
    expect(freshHtml).toContain('En fråga som ligger kvar');
    // Only the site server itself, with the operator's secret, can make the CMS render a page.
    for (const variant of [`/nypublicerad/${freshSlug}`, `/nypublicer%61d/${freshSlug}`, `/%6Eypublicerad/${freshSlug}`, `/nypublicer%2561d/${freshSlug}`]) {
      expect(await status(variant), variant).toBe(404);
    }
    const wrong = await fetch(`${site.url}/nypublicerad/${freshSlug}`, { headers: { Authorization: 'Bearer fel-nyckel-som-ar-lang-nog' } });
    expect(wrong.status).toBe(404);
    // The list pages wait for the release: only the question's own page is early.
    expect(await (await fetch(`${site.url}/`)).text()).not.toContain('En fråga som syns direkt');
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
    // The page served before the build is the page the build made (Astro inlines the components'
    // scoped styles in another order when it renders on request).
    const built = await (await fetch(`${site.url}/fragor/${freshSlug}`)).text();
    expect(stylesInAnyOrder(built)).toBe(stylesInAnyOrder(freshHtml));
  }, 180_000);

  it('publishing it again brings the page back before any rebuild, and into the search after the build', async () => {
    expect((await setStage(one, downId, 'in_review')).status).toBe(200);
    expect((await setStage(two, downId, 'approved')).status).toBe(200);
    const releaseBefore = await liveRelease();
    expect((await two.publish(Q, downId)).status).toBe(200);
    await within(30_000, async () => (await status(`/fragor/${downSlug}`)) === 200);
    expect(await liveRelease()).toBe(releaseBefore);
    // The webhook's rebuild waits out the minute's debounce first.
    await within(180_000, async () => (await searchHits(WORD)).includes(`/fragor/${downSlug}`));
  }, 240_000);
});
