import crypto from 'node:crypto';
import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import serviceConfig from '../../config/index.ts';
import type { DeskStatistics, PublicStatistics, WeekFigures } from '../../config/domain/statistics';
import { addDays, defaultPeriod, isoWeek, periodQuery, todayInStockholm } from '../../cms/src/plugins/desk/admin/src/lib/period';
import { axeViolations, launchChromium, saveScreenshot } from '../helpers/browser';
import { ADMIN, DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { desk, draftOf, type Desk } from '../helpers/desk';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { freePort, startSite, type TestSite } from '../helpers/site';
import { CLOSING, OPENING, Q, S, T, styledAnswer } from '../helpers/workflow';

/**
 * Statistics as a manager and a citizen see them, in a real Chromium against a real CMS and site,
 * on cases made here through the desk: two answered about one topic, one rejected, one waiting for
 * editor one's review and one new that is already overdue. The desk's Statistik page and home widget
 * must show what the server computes; the public /statistik must hide every count below five.
 */

let cms: TestCms;
let site: TestSite;
let browser: Browser;
let oneAdmin: AdminClient;
let one: Desk;
let two: Desk;
let templateId = '';
let topicId = '';
const TOPIC = { name: 'Ekonomi och skulder', slug: 'ekonomi-och-skulder' };

async function arrive(text: string): Promise<string> {
  const res = await contentApi(cms.url, cms.tokens.submit).post('/questions', { data: { text } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data.documentId as string;
}

/** Taken and written by `writer`, sent to review: the case then waits for the other editor. */
async function toReview(writer: Desk, text: string, title: string): Promise<string> {
  const id = await arrive(text);
  expect((await writer.take(id)).status).toBe(200);
  const loaded = await writer.load(id);
  const sent = await writer.submit(id, { ...draftOf(loaded), title, topicId, answer: styledAnswer('Kontakta budget- och skuldrådgivningen i kommunen.'), templateId });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return id;
}

async function editorPage(email: string, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${cms.url}/admin`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByText('Redaktionen', { exact: true }).first().waitFor();
  return { context, page };
}

beforeAll(async () => {
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const rebuildSecret = crypto.randomBytes(24).toString('hex');
  cms = await startCms({
    contentManagerEditors: false,
    env: { REBUILD_SECRET: rebuildSecret, SITE_INTERNAL_URL: siteUrl, SITE_URL: siteUrl, SERVE_ADMIN_PANEL: 'true' },
  });
  oneAdmin = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  one = desk(oneAdmin);
  two = desk(await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD));
  const superAdmin = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
  const template = await oneAdmin.create(S, { name: 'Standard', opening: OPENING, closing: CLOSING });
  expect(template.status, JSON.stringify(template.body)).toBe(201);
  templateId = template.body.data.documentId;
  const topic = await superAdmin.send('POST', `/content-manager/collection-types/${T}/actions/publish`, { ...TOPIC, sortOrder: 1 });
  expect(topic.status, JSON.stringify(topic.body)).toBe(200);
  topicId = topic.body.data.documentId;

  // Two answered, by one and approved by two.
  for (const [text, title] of [
    ['Jag har skulder hos Kronofogden och vet inte vad jag ska göra. Kan kommunen hjälpa mig?', 'Kan kommunen hjälpa mig med skulder hos Kronofogden?'],
    ['Min hyra är obetald sedan två månader tillbaka. Vad händer nu och vart vänder jag mig?', 'Vad händer när hyran är obetald?'],
  ]) {
    const id = await toReview(one, text, title);
    const published = await two.approvePublish(id);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
  }
  // One rejected as a debate.
  const debate = await arrive('Socialtjänsten borde få mycket mer pengar, det tycker jag är självklart för alla.');
  expect((await one.reject(debate, 'debate')).status).toBe(200);
  // One written by two, now waiting for one's review.
  await toReview(two, 'Hur gör jag en budget när lönen inte räcker hela månaden? Jag behöver tips.', 'Hur gör jag en budget?');
  // One new, due yesterday: overdue.
  const late = await arrive('Jag behöver hjälp med att söka försörjningsstöd men vet inte hur man gör.');
  await cms.strapi.db.query(Q).updateMany({ where: { documentId: late }, data: { dueAt: new Date(Date.now() - 24 * 3600 * 1000) } });

  site = await startSite({ port, cmsUrl: cms.url, readToken: cms.tokens.read, rebuildSecret });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
});

const sv = (n: number) => new Intl.NumberFormat('sv-SE').format(n);

describe('the desk’s Statistik page', () => {
  it('shows the period’s totals, three charts each with a table of its figures, keeps the period in the URL, and downloads the CSV', async () => {
    const period = defaultPeriod(todayInStockholm());
    const api = await oneAdmin.send<DeskStatistics>('GET', `/desk/statistics?${periodQuery(period)}`);
    expect(api.status).toBe(200);
    const { totals, weeks, topics } = api.body;
    expect(totals).toMatchObject({ received: 5, answered: 2, rejectedTotal: 1, open: 2 });

    const { context, page } = await editorPage(EDITORS[0]);
    await page.goto(`${cms.url}/admin/plugins/desk`);
    await page.getByRole('link', { name: 'Statistik', exact: true }).click();
    await page.waitForURL(/\/plugins\/desk\/statistik/);
    const totalsBox = page.getByTestId('statistics-totals');
    await totalsBox.getByText('Mottagna frågor').waitFor();

    // Totals first, in words and figures.
    const figure = async (label: string) => (await totalsBox.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').textContent())?.trim();
    expect(await figure('Mottagna frågor')).toBe(sv(totals.received));
    expect(await figure('Besvarade (publicerade)')).toBe(sv(totals.answered));
    expect(await figure('Avvisade')).toBe(sv(totals.rejectedTotal));
    expect(await figure('Öppna vid periodens slut')).toBe(sv(totals.open));
    expect(await figure('Mediantid till svar')).toMatch(/arbetstimmar$/);
    expect(await figure('Besvarade inom löftet')).toMatch(/%$/);
    expect(await page.getByTestId('rejected-reasons').textContent()).toContain('Ett debattinlägg, inte en fråga: 1');

    // Each chart is drawn and followed by a captioned table of the same figures.
    for (const [id, caption, rows] of [
      ['chart-volume', 'Frågor per vecka: mottagna', weeks.length],
      ['chart-time', 'Tid till svar per vecka', weeks.length],
      ['chart-topics', 'Frågor per ämne', topics.length],
    ] as const) {
      const section = page.getByTestId(id);
      await section.locator('svg.recharts-surface').first().waitFor();
      expect(await section.locator('table caption').textContent(), id).toContain(caption);
      expect(await section.locator('table tbody tr').count(), id).toBe(rows);
    }
    const busiest = weeks.reduce<WeekFigures>((a, b) => (b.received > a.received ? b : a), weeks[0]);
    const weekRow = page.getByTestId('chart-volume').locator('tbody tr', { hasText: `Vecka ${isoWeek(busiest.week)} ` });
    expect((await weekRow.locator('td').allTextContents()).map((c) => c.trim())).toEqual([busiest.received, busiest.answered, busiest.rejectedTotal, busiest.open].map(sv));
    const topicRow = page.getByTestId('chart-topics').locator('tbody tr', { hasText: TOPIC.name });
    expect((await topicRow.locator('td').first().textContent())?.trim()).toBe(sv(topics.find((t) => t.topic === TOPIC.slug)!.received));
    // Not colour alone: the series are named in legends, the promise line is labelled, the bars carry patterns.
    expect(await page.getByTestId('chart-volume').locator('.recharts-legend-item-text').allTextContents()).toEqual(['Besvarade (publicerade)', 'Avvisade', 'Öppna vid veckans slut']);
    expect(await page.getByTestId('chart-time').locator('svg text', { hasText: 'Löftet:' }).count()).toBe(1);
    expect(await page.locator('pattern#desk-fill-rejected').count()).toBe(1);

    await page.setViewportSize({ width: 1280, height: 2600 });
    await saveScreenshot(page, 'desk-statistik.png');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The CSV, fetched with the editor's session and saved as a file: the server's own CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`statistik-${period.from}-${period.through}.csv`);
    const saved = fs.readFileSync((await download.path())!, 'utf8');
    const direct = await oneAdmin.send('GET', `/desk/statistics.csv?${periodQuery(period)}`);
    expect(direct.status).toBe(200);
    // The file keeps the server's byte order mark (for Excel); fetch's text() drops it.
    expect(saved.startsWith('\uFEFF')).toBe(true);
    expect(saved.slice(1)).toBe(direct.body);
    expect(saved).toContain(TOPIC.name);

    // A preset goes into the URL, and the URL alone brings the same period back.
    await page.getByRole('button', { name: 'Förra året' }).click();
    const lastYear = Number(todayInStockholm().slice(0, 4)) - 1;
    await page.waitForURL(new RegExp(`fran=${lastYear}-01-01&till=${lastYear}-12-31`));
    await totalsBox.getByText('Inga frågor kom in eller besvarades under perioden.').waitFor();
    await page.reload();
    expect(await page.getByLabel('Från och med').inputValue()).toBe(`${lastYear}-01-01`);
    await totalsBox.getByText('Inga frågor kom in eller besvarades under perioden.').waitFor();
    // A period that ends before it starts is refused on the page, before any request.
    await page.getByLabel('Till och med').fill(addDays(`${lastYear}-01-01`, -1));
    expect(await page.getByRole('button', { name: 'Visa', exact: true }).isDisabled()).toBe(true);
    await page.getByText('Från-datumet måste vara samma dag som eller före till-datumet.').waitFor();
    await context.close();
  });

  it('the home page’s widget shows new today, overdue and waiting for my review, each a link into the inbox', async () => {
    const api = await oneAdmin.send('GET', '/desk/widget');
    expect(api.body).toEqual({ newToday: 5, overdue: 1, waitingForMyReview: 1 });
    const { context, page } = await editorPage(EDITORS[0]);
    const widget = page.getByTestId('desk-today-widget');
    await widget.waitFor();
    for (const [key, label, tab] of [
      ['newToday', 'Nya i dag', 'new'],
      ['overdue', 'Försenade', 'open'],
      ['waitingForMyReview', 'Väntar på min granskning', 'review'],
    ] as const) {
      expect(await widget.locator(`[data-count="${key}"]`).textContent(), key).toBe(String(api.body[key]));
      expect(await widget.getByRole('link', { name: label }).getAttribute('href'), key).toMatch(new RegExp(`/plugins/desk\\?tab=${tab}$`));
    }
    await widget.getByRole('link', { name: 'Väntar på min granskning' }).click();
    await page.waitForURL(/tab=review/);
    await page.locator('tr[data-case]').first().waitFor();
    expect(await page.locator('tr[data-case]').count()).toBe(1);
    await context.close();
  });
});

describe('the public /statistik', () => {
  for (const width of [320, 1280]) {
    it(`passes axe at ${width} px, with no sideways scroll, and writes "färre än 5" for the hidden counts`, async () => {
      const context = await browser.newContext({ locale: 'sv-SE', viewport: { width, height: 900 } });
      const page = await context.newPage();
      const csp: string[] = [];
      page.on('console', (message) => /Content.Security.Policy/i.test(message.text()) && csp.push(message.text()));
      const response = await page.goto(`${site.url}/statistik`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe('Statistik');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      // Two answered this month, two in the topic: both below five, so both hidden.
      const months = page.locator('table', { has: page.locator('caption', { hasText: 'per månad' }) });
      const thisMonth = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date());
      const thisMonthShort = new Intl.DateTimeFormat('sv-SE', { month: 'short', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date());
      expect((await months.locator('tbody tr').first().locator('th').textContent())?.trim()).toBe(thisMonthShort);
      expect(await months.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['färre än 5', 'färre än 5', 'färre än 5']);
      const topics = page.locator('table', { has: page.locator('caption', { hasText: 'per ämne' }) });
      expect(await topics.locator('tbody tr', { hasText: TOPIC.name }).locator('td').textContent()).toBe('färre än 5');
      // The chart: inline SVG with a text alternative, the hidden month named in words.
      const chart = page.locator('figure.stats-chart svg[role="img"]');
      expect(await chart.locator('title').textContent()).toContain('Samma siffror står i tabellen ovan');
      expect(await chart.locator('text', { hasText: `${thisMonth}: färre än 5` }).count()).toBe(1);
      expect(csp).toEqual([]);
      if (width === 320) await saveScreenshot(page, 'statistik-320.png');
      await context.close();
    });
  }

  it('reads the same without JavaScript, and is linked from the footer and "Så fungerar tjänsten"', async () => {
    const context = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/sa-fungerar-tjansten`);
    await page.locator('main a[href="/statistik"]').click();
    await page.waitForURL(/\/statistik$/);
    expect(await page.locator('main table').count()).toBe(2);
    expect(await page.getByText('färre än 5').count()).toBeGreaterThan(0);
    expect(await page.locator('figure.stats-chart svg').isVisible()).toBe(true);
    expect(await page.locator('footer a[href="/statistik"]').count()).toBe(1);
    await context.close();
  });
});

describe('the statistics as open data', () => {
  it('statistik.json is valid against statistik.schema.json, and matches the CMS’s figures; the CSV has the same figures', async () => {
    const schemaResponse = await fetch(`${site.url}/oppna-data/statistik.schema.json`);
    expect(schemaResponse.status).toBe(200);
    const schema = await schemaResponse.json();
    const json = (await (await fetch(`${site.url}/oppna-data/statistik.json`)).json()) as PublicStatistics;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const fromCms = await contentApi(cms.url, cms.tokens.read).get<PublicStatistics>('/statistics');
    expect({ ...json, generatedAt: '' }).toEqual({ ...fromCms.body, generatedAt: '' });
    expect(json.promiseWorkingDays).toBe(serviceConfig.answerPromise.workingDays);
    expect(json.topTopics).toEqual([{ topic: TOPIC.slug, name: TOPIC.name, answered: null }]);
    // Something that is not the shape fails the schema: it really describes the file.
    expect(validate({ ...json, months: [{ month: '2026-01', answered: 'tre', medianHours: null, withinPromise: null }] })).toBe(false);

    const csv = await fetch(`${site.url}/oppna-data/statistik.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe('kind,month,topic,topic_name,answered,answered_suppressed,median_working_hours,within_promise');
    expect(lines).toContain(`"topic","","${TOPIC.slug}","${TOPIC.name}","","true","",""`);
    expect(lines.filter((l) => l.startsWith('"month"'))).toHaveLength(json.months.length);
  });
});
