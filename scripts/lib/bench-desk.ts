/**
 * The editors' desk under `npm run bench:build`'s knowledge bank: BENCH_OPEN_CASES open cases
 * arrive through the site's token beside the published ones, then, BENCH_REPEATS times each, the
 * inbox API is timed (p50/p95 over 100 calls as an editor), a case from the API (p50/p95 over 40),
 * and in Chromium the time from a click on a case in the inbox until the case is shown. Each figure
 * is the median of the repetitions with their spread.
 */
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, EDITORS, type TestCms } from '../../tests/helpers/cms.ts';
import { adminLogin, contentApi } from '../../tests/helpers/http.ts';
import { formatSummary, repeat, summarise } from './bench-report.ts';
import { benchSettings } from './settings.ts';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const INBOX_CALLS = 100;
const CASE_CALLS = 40;
const CLICKS = 6;
/** The desk's inbox page size. */
const PAGE = 20;

export async function benchDesk(cms: TestCms, browser: Browser): Promise<string> {
  const { openCases, repeats } = benchSettings();
  const submit = contentApi(cms.url, cms.tokens.submit);
  const started = Date.now();
  for (let i = 0; i < openCases; i++) {
    const res = await submit.post('/questions', {
      data: { text: `Bänkfråga ${i + 1}: hur ansöker jag om stöd för min pappa som inte längre klarar sig själv hemma?` },
    });
    if (res.status !== 201) throw new Error(`open case: ${JSON.stringify(res.body)}`);
  }
  const arrived = Date.now() - started;

  // Pages past the first, where the open cases are, as far as there are any (a short run has fewer).
  const pages = Math.max(1, Math.floor(openCases / PAGE));
  const editor = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  const ids = ((await editor.send('GET', `/desk/inbox?tab=open&page=${Math.min(3, pages)}`)).body.items as Array<{ id: string }>).map((item) => item.id);
  const timeCase = async (i: number) => {
    const t0 = performance.now();
    const res = await editor.send('GET', `/desk/cases/${ids[i % ids.length]}`);
    if (res.status !== 200) throw new Error(`case: ${JSON.stringify(res.body)}`);
    return performance.now() - t0;
  };
  // The first case opened builds the in-memory index of published questions ("Liknande besvarade
  // frågor"): a one-off, reported apart from the repeated figures.
  const firstCase = await timeCase(0);

  const api = await repeat(repeats, async () => {
    const inbox: number[] = [];
    for (let i = 0; i < INBOX_CALLS; i++) {
      const tab = ['new', 'open', 'mine', 'review'][i % 4];
      const t0 = performance.now();
      const res = await editor.send('GET', `/desk/inbox?tab=${tab}&page=${1 + (i % 5)}`);
      inbox.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`inbox: ${JSON.stringify(res.body)}`);
    }
    const cases: number[] = [];
    for (let i = 1; i <= CASE_CALLS; i++) cases.push(await timeCase(i));
    return { inboxP50: percentile(inbox, 50), inboxP95: percentile(inbox, 95), caseP50: percentile(cases, 50), caseP95: percentile(cases, 95) };
  });

  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${cms.url}/admin`);
  await page.locator('input[name="email"]').fill(EDITORS[0]);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByText('Redaktionen', { exact: true }).first().waitFor();
  const clicks = await repeat(repeats, async () => {
    const opens: number[] = [];
    for (let i = 0; i < CLICKS; i++) {
      await page.goto(`${cms.url}/admin/plugins/desk?tab=open&sida=${1 + (i % pages)}`);
      const row = page.locator('tr[data-case] td').first();
      await row.waitFor();
      const t0 = Date.now();
      await row.click();
      await page.getByTestId('case-actions').waitFor();
      await page.getByTestId('history').waitFor();
      opens.push(Date.now() - t0);
    }
    return { median: percentile(opens, 50), max: Math.max(...opens) };
  });
  await context.close();

  const ms = (values: number[]) => formatSummary(summarise(values), 'ms');
  return [
    `  (${repeats} upprepningar; varje siffra är medianen av dem, med spridningen)`,
    `  öppna ärenden som kom in via webbplatsens nyckel:  ${openCases} på ${(arrived / 1000).toFixed(0)} s (en gång)`,
    `  inkorgens API (${INBOX_CALLS} anrop, flikar och sidor; mål p95 < 300 ms):`,
    `    p50 ${ms(api.map((r) => r.inboxP50))}`,
    `    p95 ${ms(api.map((r) => r.inboxP95))}`,
    `  ett ärende från API:t (${CASE_CALLS} anrop; det första, som bygger likhetsindexet, ${firstCase.toFixed(0)} ms):`,
    `    p50 ${ms(api.map((r) => r.caseP50))}`,
    `    p95 ${ms(api.map((r) => r.caseP95))}`,
    `  klick i inkorgen till visat ärende i Chromium (${CLICKS} klick per upprepning; mål < 1 s):`,
    `    klickens median:       ${ms(clicks.map((r) => r.median))}`,
    `    långsammaste klicket:  ${ms(clicks.map((r) => r.max))}`,
  ].join('\n');
}
