import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import serviceConfig from '../../config/index.ts';
import { axeViolations, launchChromium, saveScreenshot } from '../helpers/browser';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { freePort, startSite, within, type TestSite } from '../helpers/site';
import { A, Q, S, T, receiveQuestion, setStage } from '../helpers/workflow';
import { CONTENT_SECURITY_POLICY } from '../../site/server/security-headers';
import { newReceiptCode, receiptHash } from '../../site/server/intake/receipt';
import { texts } from '../../site/src/texts';
import { dialledDigits } from '../../config/domain/referrals';
import { scanForPii } from '../../config/domain/pii-scan';

/**
 * The public site in a real Chromium, built from a real CMS with the demo content plus two
 * questions of our own: one whose answer carries the usual XSS payloads, one about "skuld".
 */

const XSS_ANSWER = [
  '<script>window.__xss = 1; alert(1)</script>',
  '<img src="x" onerror="window.__xss = 2">',
  '[klicka här](javascript:window.__xss=3)',
  '<a href="javascript:alert(4)">länk</a>',
  '<iframe src="javascript:alert(5)"></iframe>',
  '<svg onload="window.__xss = 6"><circle r="1"/></svg>',
  '<div style="background:url(javascript:alert(7))" onclick="alert(8)">text</div>',
  '"><script>alert(9)</script><b onmouseover=alert(10)>fet</b>',
  '<form action="https://evil.example"><input name="x"></form>',
  'Vanlig text med **fetstil** och en [riktig länk](https://www.1177.se).',
].join('\n\n');

let cms: TestCms;
let site: TestSite;
let browser: Browser;
let one: AdminClient;
let two: AdminClient;
let xssSlug = '';
let skuldSlug = '';
let topicSlug = '';
let topicQuestionSlug = '';

// Stored past the CMS's own checks, straight into the database: the site must still render it inert.
const XSS_REFERRAL_URL = 'javascript:alert(document.domain)//https://';
const XSS_REFERRAL = { documentId: 'xssreferral0000000000000a', name: 'Farlig hänvisning' };

/** An answer in the voice of the demo content's first style template. */
async function inHouseStyle(text: string): Promise<string> {
  const [template] = (await cms.strapi.documents(S).findMany({ limit: 1 } as never)) as Array<{ opening: string; closing: string }>;
  return `${template.opening}\n\n${text}\n\n${template.closing}`;
}

async function publishOwnQuestion(title: string, text: string, answer: string): Promise<string> {
  const submit = contentApi(cms.url, cms.tokens.submit);
  const id = await receiveQuestion(submit, one, text, title);
  const created = await one.create(A, { body: await inHouseStyle(answer), question: { connect: [{ documentId: id }] } });
  expect(created.status).toBe(201);
  expect((await setStage(one, id, 'in_review')).status).toBe(200);
  expect((await setStage(two, id, 'approved')).status).toBe(200);
  expect((await two.publish(Q, id)).status).toBe(200);
  const read = contentApi(cms.url, cms.tokens.read);
  return (await read.get(`/questions?filters[documentId][$eq]=${id}`)).body.data[0].slug;
}

beforeAll(async () => {
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const rebuildSecret = crypto.randomBytes(24).toString('hex');
  cms = await startCms({ demoContent: true, env: { REBUILD_SECRET: rebuildSecret, SITE_INTERNAL_URL: siteUrl } });
  one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
  xssSlug = await publishOwnQuestion(
    'Testfråga med <script>alert("titel")</script> i rubriken',
    'En fråga om <img src=x onerror=alert(1)> som ska visas som text och aldrig köras.',
    XSS_ANSWER,
  );
  skuldSlug = await publishOwnQuestion(
    'Hur blir jag av med min skuld till hyresvärden?',
    'Jag är skyldig hyresvärden pengar sedan i vintras och vet inte hur jag ska göra för att betala tillbaka.',
    'Kontakta hyresvärden och be om en avbetalningsplan. Budget- och skuldrådgivningen i kommunen kan hjälpa dig.',
  );
  const read = contentApi(cms.url, cms.tokens.read);
  topicSlug = (await read.get('/topics?sort=sortOrder:asc')).body.data[0].slug;
  topicQuestionSlug = (await read.get(`/questions?filters[topic][slug][$eq]=${topicSlug}`)).body.data[0].slug;
  const topicRow = await cms.strapi.db.query(T).findOne({ where: { slug: topicSlug, publishedAt: { $notNull: true } } });
  await cms.strapi.db.query('api::referral.referral').create({
    data: { ...XSS_REFERRAL, kind: 'helpline', url: XSS_REFERRAL_URL, publishedAt: new Date(), topics: [topicRow.id] },
  });
  // Small search shards, so that the tests search across several merged Pagefind indexes as a large bank does.
  site = await startSite({
    port,
    cmsUrl: cms.url,
    readToken: cms.tokens.read,
    rebuildSecret,
    env: { SEARCH_SHARD_SIZE: '20', CMS_SUBMIT_TOKEN: cms.tokens.submit },
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
});

const pageTypes = () => [
  '/',
  `/amne/${topicSlug}`,
  `/fragor/${skuldSlug}`,
  `/fragor/${topicQuestionSlug}`,
  '/sok?q=skulder',
  '/sa-fungerar-tjansten',
  '/tillganglighet',
  '/fraga',
  '/kvitto',
  '/statistik',
  '/det-har-finns-inte',
];

/** Every Content-Security-Policy violation a page reports, from any page of the context. */
async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('reportCspViolation', ({ page }, what: string) => void violations.push(`${page.url()}: ${what}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (what: string) => void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

/** Asks a question with JavaScript on, from the form to the receipt; returns the receipt code. */
async function askWithJavaScript(page: Page, text: string): Promise<string> {
  await page.goto(`${site.url}/fraga`);
  await page.fill('#text', text);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/fraga\/skicka$/, { timeout: 30_000 });
  return (await page.locator('.code').textContent())!.trim();
}

async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'sv-SE', ...options });
  // The quick exit leaves for a real site; there is no internet here, so answer it locally.
  await context.route(`${serviceConfig.quickExitUrl}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title><p>neutral</p>' }),
  );
  return context;
}

describe('privacy', () => {
  it('loads everything from its own origin, sets no cookie and runs no analytics, on every page type and in search', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const setCookies: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', async (response) => {
      const header = (await response.allHeaders())['set-cookie'];
      if (header) setCookies.push(`${response.url()}: ${header}`);
    });
    for (const path of pageTypes()) {
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${site.url}/sok`);
    await page.fill('#q', 'skulder');
    await page.locator('[data-search-results] li').first().waitFor();
    for (const path of ['/feed.xml', '/sitemap.xml', '/oppna-data/fragor.json', '/oppna-data/fragor.csv']) {
      const response = await context.request.get(`${site.url}${path}`);
      expect(response.status(), path).toBe(200);
    }
    expect(requests.length).toBeGreaterThan(pageTypes().length);
    expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(requests.filter((url) => /analytics|matomo|gtag|plausible|collect/i.test(url))).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  for (const width of [320, 1280]) {
    it(`axe finds no WCAG 2.1 A/AA violation on any page type at ${width} px`, async () => {
      const context = await newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      for (const path of pageTypes()) {
        await page.goto(`${site.url}${path}`);
        await page.waitForLoadState('networkidle');
        const violations = await axeViolations(page);
        if (violations.length > 0) found[path] = violations;
      }
      expect(found).toEqual({});
      await context.close();
    });
  }

  it('is Swedish, starts with a skip link, and works by keyboard', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
    // Tab on to the first topic and follow it with Enter.
    const firstTopic = page.locator('main .cards a').first();
    for (let i = 0; i < 30 && !(await firstTopic.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/amne\//);
    await context.close();
  });

  it('reads without JavaScript: a question page shows its answer', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/fragor/${skuldSlug}`);
    expect(await page.locator('.answer').textContent()).toContain('avbetalningsplan');
    await context.close();
  });
});

describe('quick exit', () => {
  it('one tap replaces the page with a neutral one, and Back does not return to it', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.goto(`${site.url}/fragor/${skuldSlug}`);
    await page.click('[data-quick-exit]');
    await page.waitForURL(`${serviceConfig.quickExitUrl}**`);
    await page.goBack();
    expect(page.url()).not.toContain(`/fragor/${skuldSlug}`);
    await context.close();
  });

  it('Escape does the same', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/fragor/${skuldSlug}`);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${serviceConfig.quickExitUrl}**`);
    await context.close();
  });
});

describe('Content-Security-Policy', () => {
  it('is sent with every page type, on-demand pages, data files and errors', async () => {
    const context = await newContext();
    const paths = [...pageTypes(), '/feed.xml', '/sitemap.xml', '/oppna-data/fragor.json', '/oppna-data/fragor.csv', '/api/health', '/pagefind-shards.json'];
    for (const path of paths) {
      const response = await context.request.get(`${site.url}${path}`);
      expect(response.headers()['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
    }
    const posted = await context.request.post(`${site.url}/kvitto`, { form: { kod: 'x' } });
    expect(posted.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await context.close();
  });

  it('is never violated: every page type, a search, and asking a question with JavaScript', async () => {
    const context = await newContext();
    const violations = await watchCsp(context);
    const page = await context.newPage();
    for (const path of pageTypes()) {
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
      // No page carries an inline script: every script is a file of the site's own.
      expect(await page.locator('script:not([src])').count(), path).toBe(0);
    }
    await page.goto(`${site.url}/sok`);
    await page.fill('#q', 'skulder');
    await page.locator('[data-search-results] li').first().waitFor();
    const code = await askWithJavaScript(page, 'Jag undrar hur man ansöker om försörjningsstöd när man just har flyttat hit.');
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await page.fill('#kod', code);
    await page.click('form[action="/kvitto"] button[type=submit]');
    await page.waitForURL(/\/kvitto$/);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('content from the CMS renders inert', () => {
  it('leaves out a referral with a javascript: link stored past the CMS, and names it in the build log', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${site.url}/fragor/${topicQuestionSlug}`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.referrals li').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href^="javascript:" i], a[href*="alert("]').count()).toBe(0);
    expect(await page.content()).not.toContain(XSS_REFERRAL.name);
    for (const link of await page.locator('.referrals a').all()) await link.click({ trial: true });
    expect(dialogs).toEqual([]);
    expect(site.log()).toContain(`Hoppar över ${XSS_REFERRAL.documentId} från /referrals: fel i url.`);
    await context.close();
  });

  it('runs none of the usual XSS payloads from a published answer, title or question', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${site.url}/fragor/${xssSlug}`);
    await page.waitForLoadState('networkidle');
    await page.locator('.answer a').first().click({ trial: true });
    await page.hover('.answer').catch(() => {});
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    const answer = page.locator('.answer');
    expect(await answer.locator('script, iframe, svg, img, form, input, style').count()).toBe(0);
    const attributes = await answer.evaluate((el) =>
      Array.from(el.querySelectorAll('*')).flatMap((node) => Array.from(node.attributes).map((a) => `${a.name}=${a.value}`)),
    );
    expect(attributes.filter((a) => /^on|^style=|javascript:/i.test(a))).toEqual([]);
    expect(await page.locator('h1').textContent()).toContain('<script>alert("titel")</script>');
    expect(await answer.locator('a[href="https://www.1177.se"]').count()).toBe(1);
    await context.close();
  });
});

describe('search', () => {
  it('finds a question about "skuld" when searching for "skulder" (Swedish stemming)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/sok`);
    await page.fill('#q', 'skulder');
    await page.locator(`[data-search-results] a[href="/fragor/${skuldSlug}"]`).waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/hittades för ”skulder”/);
    await context.close();
  });
});

describe('lean pages', () => {
  it('a question page transfers under 50 KB with no render-blocking third-party resource', async () => {
    const context = await newContext();
    const page = await context.newPage();
    let bytes = 0;
    const types: string[] = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (['document', 'stylesheet', 'font', 'script'].includes(type)) {
        types.push(type);
        bytes += (await response.body()).length;
      }
    });
    await page.goto(`${site.url}/fragor/${skuldSlug}`);
    await page.waitForLoadState('networkidle');
    expect(types).toContain('document');
    expect(bytes).toBeLessThan(50 * 1024);
    await context.close();
  });
});

describe('publishing in the CMS reaches the site', () => {
  it('an approved answer published by an editor is on the site within 30 s, and gone within 30 s of unpublishing', async () => {
    const drafts = await cms.strapi.documents(Q).findMany({ status: 'draft', filters: { stage: 'approved' } });
    const questionId = drafts[0].documentId;
    const draft = await cms.strapi.documents(Q).findOne({ documentId: questionId, status: 'draft', populate: ['answer'] });
    const answerId = draft!.answer!.documentId;
    expect((await two.publish(A, answerId)).status).toBe(200);
    const read = contentApi(cms.url, cms.tokens.read);
    const slug = (await read.get(`/questions?filters[documentId][$eq]=${questionId}`)).body.data[0].slug;

    const context = await newContext();
    const page = await context.newPage();
    const live = await within(30_000, async () => (await page.goto(`${site.url}/fragor/${slug}`))?.status() === 200);
    expect(await page.locator('h1').textContent()).toBeTruthy();

    expect((await one.unpublish(Q, questionId)).status).toBe(200);
    const gone = await within(30_000, async () => (await page.goto(`${site.url}/fragor/${slug}`))?.status() === 404);
    console.log(`publish-to-live ${live} ms, unpublish-to-gone ${gone} ms`);
    await context.close();
  });

  it('an editor moving the answer of a published question takes it off the site, and the next publish still goes live', async () => {
    const movedSlug = await publishOwnQuestion(
      'Ett publicerat par vars svar flyttas',
      'Jag undrar hur man ansöker om försörjningsstöd när man precis har flyttat till kommunen.',
      'Du ansöker hos socialtjänsten i den kommun där du bor nu.',
    );
    const context = await newContext();
    const page = await context.newPage();
    await within(30_000, async () => (await page.goto(`${site.url}/fragor/${movedSlug}`))?.status() === 200);

    const read = contentApi(cms.url, cms.tokens.read);
    const moved = (await read.get(`/questions?filters[slug][$eq]=${movedSlug}`)).body.data[0];
    const answer = await cms.strapi.documents(Q).findOne({ documentId: moved.documentId, status: 'draft', populate: ['answer'] });
    const target = await receiveQuestion(contentApi(cms.url, cms.tokens.submit), one, 'En annan fråga som får svaret.', 'Mottagaren');
    expect((await one.update(A, answer!.answer!.documentId, { question: { connect: [{ documentId: target }] } })).status).toBe(200);
    await within(30_000, async () => (await page.goto(`${site.url}/fragor/${movedSlug}`))?.status() === 404);

    // The site builds on: before, every later build failed on the question left without its answer.
    const nextSlug = await publishOwnQuestion(
      'Publiceras efter flytten',
      'Kan man få hjälp med hyran om man har blivit sjuk och inte kan arbeta just nu?',
      'Du kan ansöka om ekonomiskt bistånd hos socialtjänsten.',
    );
    await within(30_000, async () => (await page.goto(`${site.url}/fragor/${nextSlug}`))?.status() === 200);
    expect(site.log()).not.toMatch(/Ombyggnaden misslyckades/);
    await context.close();
  });
});

describe('asking a question', () => {
  const question = 'Min granne verkar ha det svårt och dricker mycket. Hur kan jag hjälpa utan att lägga mig i för mycket?';

  it('works without JavaScript: a plain form post, answered with the receipt and its code, in no URL', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/fraga`);
    await page.fill('#text', question);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/fraga\/skicka$/);
    const code = (await page.locator('.code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(page.url()).not.toContain(code);
    expect(await page.locator('main').textContent()).toContain('Vi har tagit emot din fråga');
    const stored = await cms.strapi.db.query(Q).findMany({ where: { submittedText: question } });
    expect(stored.length).toBeGreaterThanOrEqual(1);
    expect(stored[0].stage).toBe('new');

    // Looked up later, typed by hand: a POST, so the code is in no address either.
    await page.goto(`${site.url}/kvitto`);
    await page.fill('#kod', code.toLowerCase().replace(/-/g, ' '));
    await page.click('form[action="/kvitto"] button[type=submit]');
    await page.waitForURL(/\/kvitto$/);
    expect(await page.locator('main').textContent()).toContain('Vi har tagit emot din fråga');
    await context.close();
  });

  it('without JavaScript, shows a refusal in the site’s layout with the text and the topic kept', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/fraga`);
    await page.fill('#text', 'Alldeles för kort');
    const topic = (await page.locator('#topic option').nth(2).getAttribute('value'))!;
    await page.selectOption('#topic', topic);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/fraga\/skicka$/);
    expect(await page.locator('[role=alert]').first().textContent()).toContain(texts.intake.tooShort);
    expect(await page.inputValue('#text')).toBe('Alldeles för kort');
    expect(await page.inputValue('#topic')).toBe(topic);
    // The site's own layout, whole: title, header, menu, notice with its numbers, footer.
    expect(await page.title()).toBe(`${texts.intake.errorTitle} | ${serviceConfig.service.name}`);
    expect(await page.locator('[data-quick-exit]').count()).toBe(1);
    expect(await page.locator('.site-header nav a').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.emergency').textContent()).toContain('112');
    expect(await page.locator('.emergency a[href^="tel:"]').count()).toBe(2 + serviceConfig.contacts.crisisLines.length);
    expect(await page.locator('.site-footer a[href="/tillganglighet"]').count()).toBe(1);
    expect(await page.locator('input[name=idempotencyKey]').count()).toBe(1);
    expect(await page.locator('#topic option').count()).toBeGreaterThan(2);
    await page.fill('#text', `${question} (andra försöket)`);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/fraga\/skicka$/);
    expect(await page.locator('main').textContent()).toContain('Vi har tagit emot din fråga');
    await context.close();
  });

  it('with JavaScript: counts characters as the citizen sees them, warns about a phone number, solves the proof of work, and shows the receipt', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/fraga`);
    await page.fill('#text', 'Kort');
    await page.click('button[type=submit]');
    expect(await page.locator('#text-error').textContent()).toContain('minst 20 tecken');
    expect(page.url()).toContain('/fraga');
    // 2,500 emoji are 5,000 UTF-16 units: nothing in the page may cut them at 4,000.
    await page.fill('#text', '😀'.repeat(2500));
    expect(await page.inputValue('#text')).toBe('😀'.repeat(2500));
    await page.locator('#text').press('End');
    expect(await page.locator('#text-count').textContent()).toBe('2 500 av 4 000 tecken');
    expect(await page.locator('#text-error').isHidden()).toBe(true);
    await page.fill('#text', '\u200b'.repeat(30));
    expect(await page.locator('#text-error').textContent()).toBe(texts.ask.noVisibleText);
    await page.fill('#text', `${question} Ring mig på 070-123 45 67.`);
    await page.locator('[data-pii]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-pii]').textContent()).toContain('ett telefonnummer');
    expect(await page.locator('[data-pii] mark').textContent()).toBe('070-123 45 67');
    expect(await page.locator('#text-count').textContent()).toMatch(/av 4 000 tecken/);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/fraga\/skicka$/, { timeout: 30_000 });
    const code = (await page.locator('.code').textContent())!.trim();
    expect(await page.locator('main').textContent()).toContain('Vi har tagit emot din fråga');

    // Reloading the receipt posts the form again: the page's key makes it the same question, stored once.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    const rows = await cms.strapi.db.query(Q).findMany({ where: { submittedText: `${question} Ring mig på 070-123 45 67.` } });
    expect(rows).toHaveLength(1);
    expect(rows[0].receiptHash).toBe(crypto.createHash('sha256').update(code).digest('hex'));
    await context.close();
  });

  it('refuses a form that a page on another origin submits through the visitor’s browser', async () => {
    const attack = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<form id="f" method="post" action="${site.url}/fraga/skicka"><input name="text" value="Planterad fråga från en annan webbplats, skickad utan att besökaren vet om det."></form><script>document.getElementById('f').submit()</script>`);
    });
    await new Promise<void>((resolve) => attack.listen(0, '127.0.0.1', resolve));
    const port = (attack.address() as { port: number }).port;
    try {
      const context = await newContext();
      const page = await context.newPage();
      // Another port on the same host (same-site), and another host name (cross-site).
      for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
        await page.goto(`${origin}/`);
        await page.waitForURL(`${site.url}/fraga/skicka`);
        expect(await page.locator('body').textContent()).toContain(texts.intake.crossSite);
      }
      expect(await cms.strapi.db.query(Q).count({ where: { submittedText: { $contains: 'Planterad fråga' } } })).toBe(0);
      await context.close();
    } finally {
      await new Promise((resolve) => attack.close(resolve));
    }
  });

  it('suggests already answered questions as the citizen types', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/fraga`);
    await page.fill('#text', 'Jag är skyldig hyresvärden pengar och vet inte hur jag ska betala min skuld');
    await page.locator(`[data-similar-list] a[href="/fragor/${skuldSlug}"]`).waitFor({ timeout: 10_000 });
    await context.close();
  });
});

// ── The citizen's side, as a new user met it on a 320 px phone and a 1280 px desktop ───────────

const { contacts } = serviceConfig;
const screenshot = saveScreenshot;

interface PublishedQuestion {
  documentId: string;
  slug: string;
  title: string;
}

async function publishedQuestions(): Promise<PublishedQuestion[]> {
  const read = contentApi(cms.url, cms.tokens.read);
  return (await read.get('/questions?pagination[pageSize]=100&sort=publishedAt:desc')).body.data;
}

/** Every phone number the service knows: config/'s and the referral bank's, as the CMS has them now. */
async function knownNumbers(): Promise<string[]> {
  const referrals = (await contentApi(cms.url, cms.tokens.read).get('/referrals?pagination[pageSize]=100')).body.data as Array<{ phone: string | null }>;
  return [contacts.alarm.phone, contacts.socialjour.phone, contacts.socialtjanst.phone, ...contacts.crisisLines.map((c) => c.phone), ...referrals.map((r) => r.phone ?? '')].filter(Boolean);
}

/** Phone numbers in a text: any the service knows, however spaced, and anything that looks like a Swedish number. */
function phoneNumbersIn(text: string, numbers: string[]): string[] {
  const found = scanForPii(text).filter((f) => f.kind === 'telefon').map((f) => f.text);
  for (const digits of new Set(numbers.map(dialledDigits))) {
    const pattern = new RegExp(`(?<![\\d\\p{L}./#@+])${digits.split('').join('[ \\u00a0\\-–]?')}(?![\\d\\p{L}@]|[./]\\p{L})`, 'gu');
    found.push(...(text.match(pattern) ?? []));
  }
  return found;
}

/** What a page shows at this width: sideways scroll, numbers outside tel: links, tel: links broken over lines. */
async function checkPage(page: Page, numbers: string[]) {
  const seen = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const outside: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, template, a[href^="tel:"]')) continue;
      outside.push(node.textContent ?? '');
    }
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]'))
      .filter((a) => a.getClientRects().length > 0)
      .map((a) => ({ href: a.getAttribute('href')!, text: a.textContent ?? '', lines: a.getClientRects().length, whiteSpace: getComputedStyle(a).whiteSpace }));
    return { scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth, outside: outside.join('\n'), links };
  });
  return {
    sideways: seen.scrollWidth > seen.width ? `${seen.scrollWidth} px wide at ${seen.width} px` : null,
    unlinked: phoneNumbersIn(seen.outside, numbers),
    badLinks: seen.links.filter((l) => l.lines !== 1 || l.whiteSpace !== 'nowrap' || l.href !== `tel:${l.text.replace(/[^\d+]/g, '')}`),
    links: seen.links,
  };
}

/** A question stored with a receipt code the test knows, as the site would hand it in, then rejected. */
async function rejectedWithReceipt(reason: string): Promise<string> {
  const code = newReceiptCode();
  const submit = contentApi(cms.url, cms.tokens.submit);
  const created = await submit.post('/questions', { data: { text: `En fråga som avvisas med skälet ${reason}, med ett kvitto.`, receiptHash: receiptHash(code) } });
  expect(created.status).toBe(201);
  expect((await setStage(one, created.body.data.documentId, 'rejected', { rejectionReason: reason })).status).toBe(200);
  return code;
}

async function lookUp(page: Page, code: string): Promise<void> {
  await page.goto(`${site.url}/kvitto`);
  await page.fill('#kod', code);
  await page.click('form[action="/kvitto"] button[type=submit]');
  await page.waitForURL(/\/kvitto$/);
}

describe('crisis information, phone numbers and reflow', () => {
  const acuteQuestion = 'Jag vill inte leva längre och vet inte vad jag ska göra med allt som händer hemma.';

  it('no page scrolls sideways at 320 px, every phone number is a tel: link, and none breaks across lines', async () => {
    const numbers = await knownNumbers();
    const problems: Record<string, unknown> = {};
    const check = async (page: Page, label: string) => {
      const result = await checkPage(page, numbers);
      if (result.sideways || result.unlinked.length > 0 || result.badLinks.length > 0) {
        problems[label] = { sideways: result.sideways, unlinked: result.unlinked, badLinks: result.badLinks };
      }
      return result;
    };
    const context = await newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const pagePath of [...pageTypes(), `/fragor/${xssSlug}`]) {
      await page.goto(`${site.url}${pagePath}`);
      await page.waitForLoadState('networkidle');
      const result = await check(page, pagePath);
      if (pagePath === '/') expect(result.links.length).toBeGreaterThanOrEqual(1 + 1 + contacts.crisisLines.length);
    }
    // Pages made on request: a receipt with the urgent box, its code on one line; a receipt looked up.
    await askWithJavaScript(page, acuteQuestion);
    await page.locator('.acute').waitFor();
    await check(page, 'receipt with the urgent box');
    expect(await page.locator('.code strong').evaluate((el) => el.getClientRects().length)).toBe(1);
    await screenshot(page, 'kvitto-akut-320.png');
    await lookUp(page, await rejectedWithReceipt('emergency'));
    await page.locator('.acute').waitFor();
    await check(page, 'receipt of a question refused as an emergency');
    await context.close();

    // Without JavaScript: a refused question, and the answer to a vote.
    const plain = await newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const noJs = await plain.newPage();
    await noJs.goto(`${site.url}/fraga`);
    await noJs.fill('#text', 'För kort');
    await noJs.click('form[data-ask] button[type=submit]');
    await noJs.waitForURL(/\/fraga\/skicka$/);
    await check(noJs, 'a refused question');
    const [, , , , fifth] = await publishedQuestions();
    await noJs.goto(`${site.url}/fragor/${fifth.slug}`);
    await noJs.click('button[value=nej]');
    await noJs.waitForURL(/\/hjalpte-svaret$/);
    await check(noJs, 'the answer to a vote');
    await plain.close();
    expect(problems).toEqual({});
  });

  it('every emergency text agrees with config/ and the referral bank: the notice, the urgent box, the referrals, the about page', async () => {
    const referrals = (await contentApi(cms.url, cms.tokens.read).get('/referrals?pagination[pageSize]=100')).body.data as Array<{
      name: string;
      phone: string | null;
      openingHours: string | null;
    }>;
    const inBank = (phone: string) => referrals.find((r) => r.phone && dialledDigits(r.phone) === dialledDigits(phone));
    const lines = [contacts.socialjour, ...contacts.crisisLines].map((c) => ({ name: inBank(c.phone)?.name ?? c.name, phone: c.phone, hours: inBank(c.phone)?.openingHours ?? c.openingHours }));
    // The demo bank has the socialjour and Självmordslinjen with the same numbers as config/.
    expect(inBank(contacts.socialjour.phone)?.openingHours).toBe(contacts.socialjour.openingHours);
    expect(inBank(contacts.crisisLines[0].phone)?.openingHours).toBe(contacts.crisisLines[0].openingHours);

    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const notice = (await page.locator('.emergency').textContent())!.replace(/\s+/g, ' ');
    expect(notice).toContain(texts.emergency.alarm.replace('{phone}', contacts.alarm.phone));
    for (const line of lines) expect(notice).toContain(`${line.name}: ${line.phone} (${line.hours})`);

    await askWithJavaScript(page, acuteQuestion.replace('hemma', 'i skolan'));
    const urgent = (await page.locator('.acute').textContent())!.replace(/\s+/g, ' ');
    expect(urgent).toContain(texts.receipt.acuteAlarm.replace('{phone}', contacts.alarm.phone));
    for (const line of lines) expect(urgent).toContain(`${line.name}: ${line.phone} (${line.hours})`);
    expect(urgent).toContain(`${contacts.socialtjanst.name}: ${contacts.socialtjanst.phone} (${contacts.socialtjanst.openingHours})`);
    // The mistake that was: a promise of "dygnet runt" that only the opening hours may make.
    let rest = urgent;
    for (const line of lines) rest = rest.replace(`(${line.hours})`, '');
    expect(rest).not.toMatch(/dygnet runt/i);

    await page.goto(`${site.url}/fragor/${topicQuestionSlug}`);
    const jour = (await page.locator('.referrals li', { hasText: lines[0].name }).first().textContent())!.replace(/\s+/g, ' ');
    expect(jour).toContain(`(${lines[0].hours})`);
    await page.goto(`${site.url}/sa-fungerar-tjansten`);
    const about = (await page.locator('main .contacts').textContent())!.replace(/\s+/g, ' ');
    for (const line of lines) expect(about).toContain(`${line.name}: ${line.phone} (${line.hours})`);
    await context.close();
  });

  it('the receipt lookup’s hint sits under its label and above its box at 1280 px; a duplicate’s refusal links to the search', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/kvitto`);
    const label = (await page.locator('label[for=kod]').boundingBox())!;
    const hint = (await page.locator('#kod-hint').boundingBox())!;
    const input = (await page.locator('#kod').boundingBox())!;
    expect(hint.y).toBeGreaterThanOrEqual(label.y + label.height - 1);
    expect(hint.y + hint.height).toBeLessThanOrEqual(input.y + 1);
    await lookUp(page, await rejectedWithReceipt('duplicate'));
    expect(await page.locator('main [role=status] a[href="/sok"]').textContent()).toBe(texts.receipt.searchAnswered);
    await context.close();
  });

  it('the start page names the service once; search snippets read as sentences', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(await page.title()).toBe(texts.home.title);
    await page.goto(`${site.url}/sok`);
    expect(await page.title()).toBe(`${texts.search.title} | ${serviceConfig.service.name}`);
    await page.fill('#q', 'skuldsanering');
    await page.locator('[data-search-results] li').first().waitFor();
    const snippets = await page.locator('[data-search-results] .meta').allTextContents();
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) expect(snippet).not.toMatch(/[?!.]\./);
    await context.close();
  });
});

describe('the ask form at 320 px', () => {
  it('shows the emergency text once and starts the form on the first screen', async () => {
    const context = await newContext({ viewport: { width: 320, height: 568 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/fraga`);
    expect(await page.locator(`text=${texts.emergency.heading}`).count()).toBe(1);
    expect(await page.locator('main a[href="tel:112"]').count()).toBe(0);
    // Not just its edge: the box and its first lines are on the first screen of a small phone.
    const box = (await page.locator('#text').boundingBox())!;
    expect(box.y + 80).toBeLessThan(568);
    await context.close();
  });

  it('suggests answered questions above the button for ordinary phrasings, long ones too', async () => {
    const questions = await publishedQuestions();
    const slugOf = (title: string) => questions.find((q) => q.title === title)!.slug;
    const phrasings: Array<[string, string[]]> = [
      ['Hur ansöker man om skuldsanering för min pappa?', [slugOf('Hur ansöker man om skuldsanering?')]],
      ['Jag har skulder hos Kronofogden och vet inte vad jag ska göra', [slugOf('Hur ansöker man om skuldsanering?'), slugOf('Jag har fått ett betalningsföreläggande som jag inte förstår – vad gör jag?')]],
      [
        'Min mamma är 84 år och klarar sig inte längre själv hemma. Hon glömmer att äta och har ramlat två gånger i vinter. Vi barn bor långt bort och är oroliga. Hur ansöker man om hemtjänst till henne, och vem bestämmer?',
        [slugOf('Hur ansöker min mamma om hemtjänst?')],
      ],
      ['Min sambo spelar bort alla våra pengar på nätet, vart kan vi få hjälp?', [slugOf('Min sambo spelar bort våra pengar – vart kan vi vända oss?')]],
    ];
    expect(phrasings[2][0].length).toBeGreaterThanOrEqual(200);
    const context = await newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const [phrasing, expected] of phrasings) {
      await page.goto(`${site.url}/fraga`);
      await page.fill('#text', phrasing);
      await page.locator('[data-similar-list] a').first().waitFor({ timeout: 15_000 });
      const hrefs = await page.locator('[data-similar-list] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.some((href) => expected.some((slug) => href === `/fragor/${slug}`)), `${phrasing} → ${hrefs.join(', ')}`).toBe(true);
      const similar = (await page.locator('[data-similar]').boundingBox())!;
      const button = (await page.locator('form[data-ask] button[type=submit]').boundingBox())!;
      expect(similar.y + similar.height).toBeLessThanOrEqual(button.y);
      if (phrasing.startsWith('Jag har skulder')) await screenshot(page, 'fraga-320.png');
    }
    await context.close();
  });
});

describe('“Hjälpte svaret dig?”', () => {
  const Feedback = 'api::feedback.feedback-count';
  const desk = async (documentId: string) => (await one.send('GET', `/feedback/questions/${documentId}`)).body.data as {
    helped: number;
    notHelped: number;
    texts: Array<{ text: string; piiFindings: Array<{ kind: string }> }>;
  };

  it('with JavaScript: Nej, then a text; counts and text reach the desk; no cookie, no storage, nothing from elsewhere', async () => {
    const [question] = await publishedQuestions();
    const before = await desk(question.documentId);
    const context = await newContext({ viewport: { width: 320, height: 640 } });
    const violations = await watchCsp(context);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}/fragor/${question.slug}`);
    await page.locator('[data-feedback]').scrollIntoViewIfNeeded();
    await screenshot(page, 'hjalpte-svaret-fraga-320.png');
    await page.click('[data-feedback] button[value=nej]');
    await page.locator('[data-feedback-status]', { hasText: texts.feedback.thanksNo }).waitFor();
    expect(await page.locator('[data-feedback-vote]').isHidden()).toBe(true);
    const text = `Svaret sa inget om hur lång tid det tar 😀 (${Date.now()}). Ring mig på 070-123 45 67.`;
    await page.fill('#saknades', text);
    await page.locator('#saknades-pii').waitFor({ state: 'visible' });
    expect(await page.locator('#saknades-pii').textContent()).toContain('ett telefonnummer');
    expect(await page.locator('#saknades-count').textContent()).toMatch(/av 500 tecken/);
    await screenshot(page, 'hjalpte-svaret-nej-320.png');
    await page.click('[data-feedback-missing] button[type=submit]');
    await page.locator('[data-feedback-status]', { hasText: texts.feedback.textThanks }).waitFor();
    expect(page.url()).toBe(`${site.url}/fragor/${question.slug}`);

    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect((await context.storageState()).origins).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
    expect(violations).toEqual([]);

    const after = await desk(question.documentId);
    expect(after.notHelped).toBe(before.notHelped + 1);
    expect(after.helped).toBe(before.helped);
    const stored = after.texts.find((t) => t.text === text)!;
    expect(stored.piiFindings.map((f) => f.kind)).toEqual(['telefon']);
    // Never public: not on the page, not in the open data.
    for (const publicPath of [`/fragor/${question.slug}`, '/oppna-data/fragor.json', '/oppna-data/fragor.csv', '/feed.xml']) {
      expect(await (await fetch(`${site.url}${publicPath}`)).text(), publicPath).not.toContain('hur lång tid det tar');
    }
    await context.close();
  });

  it('without JavaScript: Ja, and Nej with a text, as plain forms in the site’s layout; counts reach the desk', async () => {
    const [, question] = await publishedQuestions();
    const before = await desk(question.documentId);
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/fragor/${question.slug}`);
    expect(await page.locator('[data-feedback-missing]').isHidden()).toBe(true);
    await page.click('button[value=ja]');
    await page.waitForURL(/\/hjalpte-svaret$/);
    expect(await page.locator('main').textContent()).toContain(texts.feedback.thanksYes);
    expect(await page.locator('[data-quick-exit]').count()).toBe(1);
    await page.click(`a[href="/fragor/${question.slug}"]`);
    await page.click('button[value=nej]');
    await page.waitForURL(/\/hjalpte-svaret$/);
    // 501 characters: refused, and the text is still there to shorten.
    await page.fill('#saknades', 'x'.repeat(501));
    await page.click('[data-feedback-missing] button[type=submit]');
    expect(await page.locator('#saknades-error').textContent()).toBe(texts.feedback.textTooLong);
    expect(await page.inputValue('#saknades')).toBe('x'.repeat(501));
    await page.fill('#saknades', 'Jag saknade vad som gäller om man bor i en annan kommun.');
    await page.click('[data-feedback-missing] button[type=submit]');
    expect(await page.locator('main').textContent()).toContain(texts.feedback.textThanks);
    expect(await context.cookies()).toEqual([]);
    const after = await desk(question.documentId);
    expect(after).toMatchObject({ helped: before.helped + 1, notHelped: before.notHelped + 1 });
    expect(after.texts.map((t) => t.text)).toContain('Jag saknade vad som gäller om man bor i en annan kommun.');
    await context.close();
  });

  it('a flood from one client is limited, and a vote that another site makes the browser send is refused', async () => {
    const [, , question] = await publishedQuestions();
    const before = await desk(question.documentId);
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.goto(`${site.url}/fragor/${question.slug}`);
      await page.click('button[value=ja]');
      await page.waitForURL(/\/hjalpte-svaret$/);
      answers.push((await page.locator('main').textContent())!);
    }
    expect(answers.filter((a) => a.includes(texts.feedback.thanksYes))).toHaveLength(3);
    expect(answers.filter((a) => a.includes(texts.feedback.alreadyVoted))).toHaveLength(3);
    expect((await desk(question.documentId)).helped).toBe(before.helped + 3);
    const rows = await cms.strapi.db.query(Feedback).count({ where: { question: question.documentId } });
    expect(rows).toBe(1);

    const attack = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<form id="f" method="post" action="${site.url}/hjalpte-svaret"><input name="fraga" value="${question.documentId}"><input name="svar" value="nej"></form><script>document.getElementById('f').submit()</script>`);
    });
    await new Promise<void>((resolve) => attack.listen(0, '127.0.0.1', resolve));
    try {
      const other = await newContext();
      const otherPage = await other.newPage();
      await otherPage.goto(`http://localhost:${(attack.address() as { port: number }).port}/`);
      await otherPage.waitForURL(`${site.url}/hjalpte-svaret`);
      expect(await otherPage.locator('body').textContent()).toContain(texts.feedback.crossSite);
      await other.close();
    } finally {
      await new Promise((resolve) => attack.close(resolve));
    }
    expect((await desk(question.documentId)).notHelped).toBe(before.notHelped);
    await context.close();
  });
});
