import crypto from 'node:crypto';
import http from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import serviceConfig from '../../config/index.ts';
import { axeViolations, launchChromium } from '../helpers/browser';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { freePort, startSite, within, type TestSite } from '../helpers/site';
import { A, Q, S, T, receiveQuestion, setStage } from '../helpers/workflow';
import { CONTENT_SECURITY_POLICY } from '../../site/server/security-headers';
import { texts } from '../../site/src/texts';

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
    expect(await page.locator('[data-quick-exit]').count()).toBe(1);
    expect(await page.locator('.emergency').textContent()).toContain('112');
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
