import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { contentApi } from '../helpers/http';
import { freePort, startSite, within, type TestSite } from '../helpers/site';
import { texts } from '../../site/src/texts';

/**
 * The editors' desk in a real Chromium, driven through its own screens (never its API): editor one
 * takes a new question, removes a personnummer, writes the answer from a style template and sends
 * it to review; editor two sends it back with a comment; editor one reads it, edits and sends it
 * again; editor two approves and publishes; the question is then on the site. Every click is
 * counted and printed, and the screens are photographed for the README at 1280 px.
 */

// Into docs/ only when asked (UPDATE_SCREENSHOTS=1, see saveScreenshot), so a test run changes no file.
const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../../docs/screenshots') : path.join(os.tmpdir(), 'frageladan-screenshots');
const PERSONNUMMER = '19811218-9876';
const PLANTED = `Hej! Min mamma har fått ett brev om att hennes hemtjänst ska minskas, fast hon inte klarar sig själv. Hon heter Karin och har personnummer ${PERSONNUMMER}. Kan vi överklaga beslutet, och hur gör man?`;
const TITLE = 'Kan vi överklaga ett beslut om mindre hemtjänst?';
const ANSWER = 'Ja, ett beslut om hemtjänst går att överklaga. Skriv till kommunen inom tre veckor från att beslutet kom och berätta vad du vill ändra och varför.';
const COMMENT = 'Skriv gärna att man kan få hjälp av handläggaren att överklaga.';

let cms: TestCms;
let site: TestSite;
let browser: Browser;
let planted = '';
const clicks = { writer: 0, writerAgain: 0, reviewerSendBack: 0, reviewer: 0 };
let caseOpenMs = 0;

/** A click as an editor makes it, counted against one of the two paths. */
async function click(path: keyof typeof clicks, target: Locator): Promise<void> {
  clicks[path] += 1;
  await target.click();
}

async function editorPage(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${cms.url}/admin`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByText('Redaktionen', { exact: true }).first().waitFor();
  return { context, page };
}

/** A screenshot for the README at 1280 px wide, tall enough for the whole screen (the admin scrolls inside itself). */
async function shot(page: Page, name: string, height = 900): Promise<void> {
  await page.setViewportSize({ width: 1280, height });
  await page.evaluate(() => document.querySelectorAll('main, [data-strapi-main]').forEach((el) => el.scrollTo(0, 0)));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, name), animations: 'disabled' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const rebuildSecret = crypto.randomBytes(24).toString('hex');
  cms = await startCms({
    demoContent: true,
    contentManagerEditors: false,
    env: { REBUILD_SECRET: rebuildSecret, SITE_INTERNAL_URL: siteUrl, SITE_URL: siteUrl, SERVE_ADMIN_PANEL: 'true' },
  });
  const created = await contentApi(cms.url, cms.tokens.submit).post('/questions', { data: { text: PLANTED } });
  expect(created.status).toBe(201);
  planted = created.body.data.documentId;
  site = await startSite({ port, cmsUrl: cms.url, readToken: cms.tokens.read, rebuildSecret, env: { CMS_SUBMIT_TOKEN: cms.tokens.submit } });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
  const total = clicks.writer + clicks.writerAgain;
  console.log(
    `\nRedaktionen i Chromium: skribentens väg ${clicks.writer} klick (mål ≤ 10), efter kommentaren ${clicks.writerAgain} till (${total} totalt); ` +
      `granskarens väg ${clicks.reviewer} klick (mål ≤ 3), att skicka tillbaka med kommentar ${clicks.reviewerSendBack}; ` +
      `ett ärende öppnas på ${caseOpenMs} ms\n`,
  );
});

describe('two editors run a question through the desk', () => {
  it('take, clean, answer from a template, review, send back, edit, approve and publish; then it is on the site', async () => {
    const writer = await editorPage(EDITORS[0]);
    const reviewer = await editorPage(EDITORS[1]);
    const one = writer.page;
    const two = reviewer.page;

    // 1. Editor one opens Nya from the home page and takes the planted question.
    await click('writer', one.getByRole('link', { name: 'Nya', exact: true }));
    const row = one.locator(`tr[data-case="${planted}"]`);
    await row.waitFor();
    await shot(one, 'desk-inbox.png');
    const opening = Date.now();
    await click('writer', row.locator('td').first());
    await one.getByRole('button', { name: 'Ta ärendet' }).waitFor();
    caseOpenMs = Date.now() - opening;
    await click('writer', one.getByRole('button', { name: 'Ta ärendet' }));
    await one.getByText('Du har ärendet.').waitFor();

    // The personnummer is highlighted in the citizen's text and warned about in the public text.
    await expect(one.locator('mark.desk-pii', { hasText: PERSONNUMMER }).count()).resolves.toBe(1);
    const warning = one.getByTestId('pii-warning');
    await warning.waitFor();
    await click('writer', one.getByRole('button', { name: `Ta bort ”${PERSONNUMMER}”` }));
    await warning.waitFor({ state: 'detached' });
    await expect(one.getByLabel('Frågan', { exact: true }).inputValue()).resolves.not.toContain(PERSONNUMMER);

    // 2. A title, the template's opening and closing, the answer between them; to review.
    await click('writer', one.getByLabel('Rubrik'));
    await one.keyboard.type(TITLE);
    await click('writer', one.getByRole('combobox', { name: 'Stilmall' }));
    await click('writer', one.getByRole('option').first());
    await expect(one.getByTestId('template-check').textContent()).resolves.toContain('✓');
    // The caret is already in the answer, between the opening and the closing.
    await one.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await one.keyboard.type(ANSWER);
    await expect(one.getByTestId('answer-preview').textContent()).resolves.toContain('går att överklaga');
    await expect(one.getByTestId('template-check').textContent()).resolves.toContain('✓');
    await shot(one, 'desk-case.png', 1500);
    await click('writer', one.getByRole('button', { name: 'Skicka till granskning' }));
    await one.getByTestId('done').waitFor();
    expect(clicks.writer).toBeLessThanOrEqual(10);

    // 3. Editor two finds it under Att granska and sends it back with a comment.
    await click('reviewerSendBack', two.getByRole('link', { name: 'Att granska', exact: true }));
    await click('reviewerSendBack', two.getByText(TITLE));
    await two.getByTestId('review-preview').getByText(TITLE).waitFor();
    await click('reviewerSendBack', two.getByRole('button', { name: 'Skicka tillbaka' }));
    await click('reviewerSendBack', two.getByLabel('Vad behöver ändras?'));
    await two.keyboard.type(COMMENT);
    await click('reviewerSendBack', two.getByRole('alertdialog').getByRole('button', { name: 'Skicka tillbaka' }));
    await two.getByTestId('done').waitFor();

    // Editor one sees the comment in the case, edits and sends it again.
    await click('writerAgain', one.getByRole('link', { name: 'Inkorg', exact: true }));
    await click('writerAgain', one.getByRole('tab', { name: /^Mina/ }));
    await click('writerAgain', one.getByText(TITLE));
    await one.getByTestId('sent-back').getByText(COMMENT, { exact: false }).waitFor();
    const answer = one.getByLabel('Svaret', { exact: true });
    await click('writerAgain', answer);
    // The click puts the caret after the answer's own text, before the template's closing.
    await answer.evaluate((area: HTMLTextAreaElement, text: string) => {
      const at = area.value.indexOf(text) + text.length;
      area.setSelectionRange(at, at);
    }, ANSWER);
    await one.keyboard.type(' Handläggaren kan hjälpa dig att skriva överklagandet.');
    await click('writerAgain', one.getByRole('button', { name: 'Skicka till granskning' }));
    await one.getByTestId('done').waitFor();

    // 4. Editor two approves and publishes, from the home page: three clicks.
    await two.goto(`${cms.url}/admin`);
    await click('reviewer', two.getByRole('link', { name: 'Att granska', exact: true }));
    await click('reviewer', two.getByText(TITLE));
    await two.getByTestId('changes').getByText('Handläggaren kan hjälpa dig', { exact: false }).waitFor();
    await shot(two, 'desk-review.png', 1000);
    await click('reviewer', two.getByRole('button', { name: 'Godkänn och publicera' }));
    await two.getByTestId('done').waitFor();
    expect(clicks.reviewer).toBeLessThanOrEqual(3);

    // 5. The question is on the site.
    const read = contentApi(cms.url, cms.tokens.read);
    const live = (await read.get(`/questions?filters[documentId][$eq]=${planted}`)).body.data[0];
    expect(live.title).toBe(TITLE);
    expect(live.body).not.toContain(PERSONNUMMER);
    await within(120_000, async () => (await fetch(`${site.url}/fragor/${live.slug}`)).status === 200);
    const html = await (await fetch(`${site.url}/fragor/${live.slug}`)).text();
    expect(html).toContain('Handläggaren kan hjälpa dig att skriva överklagandet.');

    await writer.context.close();
    await reviewer.context.close();
  });
});

/** The visible buttons that a screen reader would read out without a name, by their HTML. */
function unnamedButtons(page: Page): Promise<string[]> {
  return page.locator('button:visible').evaluateAll((buttons) =>
    buttons
      .filter((b) => !(b.textContent ?? '').trim() && !b.getAttribute('aria-label') && !b.getAttribute('aria-labelledby') && !b.getAttribute('title'))
      .map((b) => b.outerHTML.slice(0, 200)),
  );
}

describe('a refusal keeps what the editor typed', () => {
  it('a refused save and a refused take leave every field as typed, with the server’s Swedish message beside the action', async () => {
    const submit = contentApi(cms.url, cms.tokens.submit);
    const id = (await submit.post('/questions', { data: { text: 'Jag undrar hur man ansöker om god man till sin pappa som har demens.' } })).body.data.documentId;
    const writer = await editorPage(EDITORS[0]);
    const other = await editorPage(EDITORS[1]);
    await writer.page.goto(`${cms.url}/admin/plugins/desk/arende/${id}`);
    await writer.page.getByRole('button', { name: 'Ta ärendet' }).click();
    await writer.page.getByText('Du har ärendet.').waitFor();

    const longTitle = `En rubrik som är alldeles för lång ${'och fortsätter '.repeat(8)}🙂`;
    const answerText = 'Ett svar med [en länk](javascript:alert(1)) och en emoji 🧡 som inte får försvinna.';
    await writer.page.getByLabel('Rubrik').fill(longTitle);
    await writer.page.getByLabel('Svaret', { exact: true }).fill(answerText);
    await writer.page.getByRole('button', { name: 'Spara' }).click();
    await expect(writer.page.getByTestId('refusal').textContent()).resolves.toContain('”Rubrik” är för lång: högst 120 tecken.');
    // The refusal stays until the next action: it has no close button, rather than one that does
    // nothing and has no name, and no button on the page is without a name.
    await expect(writer.page.getByTestId('refusal').getByRole('button').count()).resolves.toBe(0);
    await expect(unnamedButtons(writer.page)).resolves.toEqual([]);
    await expect(writer.page.getByLabel('Rubrik').inputValue()).resolves.toBe(longTitle);
    await expect(writer.page.getByLabel('Svaret', { exact: true }).inputValue()).resolves.toBe(answerText);
    // The preview renders the javascript: link inert, as the site would.
    await expect(writer.page.getByTestId('answer-preview').innerHTML()).resolves.not.toMatch(/javascript:/);

    await other.page.goto(`${cms.url}/admin/plugins/desk/arende/${id}`);
    const note = 'Jag skrev det här innan jag försökte ta ärendet.';
    await other.page.getByLabel('Ny kommentar').fill(note);
    await other.page.getByLabel('Svaret', { exact: true }).fill('Mitt eget utkast.');
    await other.page.getByRole('button', { name: 'Ta ärendet' }).click();
    await expect(other.page.getByTestId('refusal').textContent()).resolves.toContain('Ärendet har redan tagits av Redaktör Ett.');
    await expect(other.page.getByLabel('Ny kommentar').inputValue()).resolves.toBe(note);
    await expect(other.page.getByLabel('Svaret', { exact: true }).inputValue()).resolves.toBe('Mitt eget utkast.');

    await writer.context.close();
    await other.context.close();
  });
});

describe('“Hjälpte svaret dig?” reaches the desk, and the desk keeps a log', () => {
  it('Nej with a text on a question page, with and without JavaScript: the editor sees the counts and the texts on the case and in Publicerade', async () => {
    const read = contentApi(cms.url, cms.tokens.read);
    const [question] = (await read.get('/questions?sort=publishedAt:desc&pagination[pageSize]=1')).body.data as Array<{ documentId: string; slug: string; title: string }>;
    const withScript = `Svaret sa inget om vad det kostar (${Date.now()}).`;
    const withoutScript = `Jag saknade vad som gäller i en annan kommun (${Date.now()}).`;

    const scripted = await browser.newContext({ locale: 'sv-SE' });
    const page = await scripted.newPage();
    await page.goto(`${site.url}/fragor/${question.slug}`);
    await page.click('[data-feedback] button[value=nej]');
    await page.locator('[data-feedback-status]', { hasText: texts.feedback.thanksNo }).waitFor();
    await page.fill('#saknades', withScript);
    await page.click('[data-feedback-missing] button[type=submit]');
    await page.locator('[data-feedback-status]', { hasText: texts.feedback.textThanks }).waitFor();
    await scripted.close();

    const plain = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: false });
    const form = await plain.newPage();
    await form.goto(`${site.url}/fragor/${question.slug}`);
    await form.click('button[value=nej]');
    await form.waitForURL(/\/hjalpte-svaret$/);
    await form.fill('#saknades', withoutScript);
    await form.click('[data-feedback-missing] button[type=submit]');
    await form.locator('main', { hasText: texts.feedback.textThanks }).waitFor();
    await plain.close();

    const editor = await editorPage(EDITORS[0]);
    const desk = editor.page;
    await desk.goto(`${cms.url}/admin/plugins/desk/publicerade`);
    const row = desk.getByTestId('published').locator('tr', { hasText: question.title });
    await row.waitFor();
    // Ja, then Nej: the last two columns.
    await expect(row.locator('td').nth(4).textContent()).resolves.toBe('0');
    await expect(row.locator('td').nth(5).textContent()).resolves.toBe('2');
    await desk.getByRole('tab', { name: 'Flest nej senaste 90 dagarna' }).click();
    const least = desk.getByTestId('least-helpful').locator('tr', { hasText: question.title });
    await least.waitFor();
    await least.getByRole('link').click();

    const feedback = desk.getByTestId('case-feedback');
    await feedback.getByText('Ja: 0 · Nej: 2').waitFor();
    await feedback.getByText(withScript).waitFor();
    await feedback.getByText(withoutScript).waitFor();
    await shot(desk, 'desk-feedback.png', 1300);

    // The case shows the number Logg's case filter asks for.
    await expect(desk.getByTestId('case-number').textContent()).resolves.toBe(`Ärendenummer ${question.documentId}`);
    // The case's history links to Logg, filtered to the case.
    await desk.getByRole('link', { name: 'Visa i loggen' }).click();
    await desk.getByTestId('log').waitFor();
    await expect(desk.getByLabel('Ärende', { exact: true }).inputValue()).resolves.toBe(question.documentId);
    // The case filter says where its number is found (the hint was set but never rendered).
    await desk.getByText('Ärendenumret står under rubriken på ärendets sida.', { exact: false }).waitFor();
    await expect(desk.getByTestId('log').textContent()).resolves.toContain('Publicerade frågan och svaret');
    await desk.getByRole('button', { name: 'Rensa filtren' }).click();
    await desk.getByTestId('log').getByText('Tog ärendet').first().waitFor();
    await shot(desk, 'desk-logg.png', 1300);

    // A refused filter keeps the chosen editor on show, and every editor stays to choose from,
    // even when the page is opened with a bad case number.
    await desk.getByLabel('Redaktör', { exact: true }).click();
    await desk.getByRole('option', { name: 'Redaktör Ett' }).click();
    await desk.getByLabel('Ärende', { exact: true }).fill('inte-ett-nummer!');
    await desk.getByRole('button', { name: 'Visa', exact: true }).click();
    await desk.getByTestId('log-error').waitFor();
    await expect(desk.getByLabel('Redaktör', { exact: true }).textContent()).resolves.toContain('Redaktör Ett');
    // The refusal's close button has a name and closes it (it had neither).
    await desk.getByTestId('log-error').getByRole('button', { name: 'Stäng' }).click();
    await desk.getByTestId('log-error').waitFor({ state: 'detached' });
    await desk.goto(`${cms.url}/admin/plugins/desk/logg?arende=INTE`);
    await desk.getByTestId('log-error').waitFor();
    await desk.getByLabel('Redaktör', { exact: true }).click();
    await desk.getByRole('option', { name: 'Redaktör Två' }).waitFor();
    await editor.context.close();
  });

  it('an editor chooses Direkt under Mina aviseringar on the inbox, and the choice is kept', async () => {
    const editor = await editorPage(EDITORS[1]);
    const page = editor.page;
    await page.goto(`${cms.url}/admin/plugins/desk`);
    const section = page.getByTestId('my-notifications');
    await expect(section.getByRole('radio', { name: /^Sammanfattning/ }).isChecked()).resolves.toBe(true);
    await section.getByRole('radio', { name: 'Direkt' }).click();
    await section.getByRole('button', { name: 'Spara mitt val' }).click();
    await section.getByText('Ditt val är sparat.').waitFor();
    await page.reload();
    await expect(page.getByTestId('my-notifications').getByRole('radio', { name: 'Direkt' }).isChecked()).resolves.toBe(true);
    await editor.context.close();
  });
});
