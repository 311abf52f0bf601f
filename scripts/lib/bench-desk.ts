/**
 * The editors' desk under `npm run bench:build`'s knowledge bank: 500 open cases arrive through the
 * site's token beside the published ones, then the inbox API is timed (p50/p95 over many calls as
 * an editor) and, in Chromium, the time from a click on a case in the inbox until the case is shown.
 */
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, EDITORS, type TestCms } from '../../tests/helpers/cms.ts';
import { adminLogin, contentApi } from '../../tests/helpers/http.ts';

const OPEN_CASES = Number(process.env.BENCH_OPEN_CASES ?? 500);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function benchDesk(cms: TestCms, browser: Browser): Promise<string> {
  const submit = contentApi(cms.url, cms.tokens.submit);
  const started = Date.now();
  for (let i = 0; i < OPEN_CASES; i++) {
    const res = await submit.post('/questions', {
      data: { text: `Bänkfråga ${i + 1}: hur ansöker jag om stöd för min pappa som inte längre klarar sig själv hemma?` },
    });
    if (res.status !== 201) throw new Error(`open case: ${JSON.stringify(res.body)}`);
  }
  const arrived = Date.now() - started;

  const editor = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  const timings: number[] = [];
  for (let i = 0; i < 100; i++) {
    const tab = ['new', 'open', 'mine', 'review'][i % 4];
    const t0 = performance.now();
    const res = await editor.send('GET', `/desk/inbox?tab=${tab}&page=${1 + (i % 5)}`);
    timings.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`inbox: ${JSON.stringify(res.body)}`);
  }
  timings.sort((a, b) => a - b);
  const ids = ((await editor.send('GET', '/desk/inbox?tab=open&page=3')).body.items as Array<{ id: string }>).map((item) => item.id);
  const caseTimings: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    const res = await editor.send('GET', `/desk/cases/${ids[i % ids.length]}`);
    caseTimings.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`case: ${JSON.stringify(res.body)}`);
  }
  // The first case opened builds the in-memory index of published questions ("Liknande besvarade frågor").
  const firstCase = caseTimings.shift() ?? 0;
  caseTimings.sort((a, b) => a - b);

  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${cms.url}/admin`);
  await page.locator('input[name="email"]').fill(EDITORS[0]);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByText('Redaktionen', { exact: true }).first().waitFor();
  const opens: number[] = [];
  for (let i = 0; i < 6; i++) {
    await page.goto(`${cms.url}/admin/plugins/desk?tab=open&sida=${i + 1}`);
    const row = page.locator('tr[data-case] td').first();
    await row.waitFor();
    const t0 = Date.now();
    await row.click();
    await page.getByTestId('case-actions').waitFor();
    await page.getByTestId('history').waitFor();
    opens.push(Date.now() - t0);
  }
  await context.close();
  opens.sort((a, b) => a - b);

  return [
    `  öppna ärenden som kom in via webbplatsens nyckel:  ${OPEN_CASES} på ${(arrived / 1000).toFixed(0)} s`,
    `  inkorgens API (100 anrop, flikar och sidor):      p50 ${percentile(timings, 50).toFixed(0)} ms, p95 ${percentile(timings, 95).toFixed(0)} ms (mål p95 < 300 ms)`,
    `  ett ärende från API:t (39 anrop):                p50 ${percentile(caseTimings, 50).toFixed(0)} ms, p95 ${percentile(caseTimings, 95).toFixed(0)} ms; det första ${firstCase.toFixed(0)} ms (bygger likhetsindexet)`,
    `  klick i inkorgen till visat ärende i Chromium:   median ${percentile(opens, 50)} ms, max ${opens[opens.length - 1]} ms av ${opens.length} (mål < 1 s)`,
  ].join('\n');
}
