/**
 * `npm run bench:build`: the site's build on a knowledge bank of BENCH_QUESTIONS published questions
 * with answers (10,000 by default; 50000 for a national bank), on PostgreSQL (BENCH_DATABASE_URL).
 * Each repetition (BENCH_REPEATS, at least 3 for the README) takes a full build (fetch, render,
 * search index) with the peak RSS of its processes, then through the real site server the time
 * from an editor's publish until the answer's page is served, and from an unpublish until the page
 * is gone. Prints the median and spread of each against the issue's targets. BENCH_CURVE=1 also
 * takes a full build at 2,000, 10,000 and 50,000 questions (up to BENCH_QUESTIONS) for the memory
 * curve. Not a test: it prints figures.
 *
 * The bank is written straight into PostgreSQL, in the rows the document service writes for a
 * published pair (see generate); that takes seconds and is not part of any figure.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { benchHeader, formatSummary, repeat, summarise } from './lib/bench-report.ts';
import { benchSettings } from './lib/settings.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { DEMO_PASSWORD, EDITORS, startCms } from '../tests/helpers/cms.ts';
import { adminLogin, contentApi } from '../tests/helpers/http.ts';
import { SITE_DIR, freePort, startSite, within } from '../tests/helpers/site.ts';
import { A, Q, receiveQuestion, setStage } from '../tests/helpers/workflow.ts';
import { buildCmsIfChanged } from './lib/cms-build.ts';
import { benchDesk } from './lib/bench-desk.ts';
import { questions as demoQuestions, styleTemplates } from '../cms/src/seed/demo-content.ts';
import { renderMarkdown } from '../config/domain/markdown.ts';

// Read before anything starts: the helpers are given these explicitly.
const settings = benchSettings();
const COUNT = settings.questions;
const REPEATS = settings.repeats;
const CURVE = [2_000, 10_000, 50_000].filter((n) => settings.curve === 1 && n <= COUNT);

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => (children.get(pid) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(root);
  return out;
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Which step of the build a process is (server/build.ts runs the fetch, then Astro with the search
 * index planned and added beside it, then the rest of the search index). */
function stepOf(pid: number): 'fetch' | 'astro' | null {
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('fetch-bank') ? 'fetch' : cmdline.includes('astro') ? 'astro' : null;
  } catch {
    return null;
  }
}

/** Peak of the summed RSS of a process and everything it starts, every 100 ms; also the peak in each
 * step of the build (fetching the bank, Astro rendering, the search index), to say where memory goes. */
function watchRss(root: () => number[]) {
  let peak = 0;
  const phases = { fetch: 0, astro: 0, search: 0 };
  const timer = setInterval(() => {
    const pids = root();
    const sum = pids.reduce((total, pid) => total + rssKb(pid), 0);
    peak = Math.max(peak, sum);
    const steps = pids.map(stepOf);
    const phase = steps.includes('fetch') ? 'fetch' : steps.includes('astro') ? 'astro' : 'search';
    phases[phase] = Math.max(phases[phase], sum);
  }, 100);
  return { stop: () => (clearInterval(timer), peak), phases: () => phases };
}

const mib = (kb: number) => kb / 1024;
const seconds = (ms: number) => ms / 1000;

buildCmsIfChanged(process.env, { admin: true });
const port = await freePort();
const rebuildSecret = crypto.randomBytes(24).toString('hex');
const cms = await startCms({
  demoContent: true,
  databaseUrl: settings.databaseUrl,
  env: { REBUILD_SECRET: rebuildSecret, SITE_INTERNAL_URL: `http://127.0.0.1:${port}`, SERVE_ADMIN_PANEL: 'true' },
});
await benchHeader({
  title: 'Frågelådan bench:build',
  cmsUrl: cms.url,
  operatorSecret: rebuildSecret,
  repetitions: REPEATS,
  settings: {
    frågor: COUNT,
    minneskurva: CURVE.length > 0 ? CURVE.join(', ') : 'nej (BENCH_CURVE=1)',
    'frågorna skapas': 'direkt i PostgreSQL, i samma rader som dokumenttjänsten skriver och med planerarens statistik (ANALYZE), som autovacuum håller i en databas i drift (ingår inte i någon siffra)',
  },
});

const published = demoQuestions.filter((q) => q.answer);
const topics = (await cms.strapi.documents('api::topic.topic').findMany({ status: 'published', limit: 100 } as never)) as Array<{
  documentId: string;
  slug: string;
}>;
const template = styleTemplates[0];
let generated = 0;

/**
 * Adds published questions with answers (texts and lengths like the real service's) up to
 * `count`, straight into PostgreSQL in the rows Strapi's document service writes for a published
 * pair (a draft and a published row of each, linked to each other and to the topic's rows): 50,000
 * through the document service would take the better part of an hour on two cores.
 */
async function generate(count: number): Promise<void> {
  const started = Date.now();
  const knex = cms.strapi.db.connection;
  const topicRows = (await knex('topics').select('id', 'slug', 'published_at')) as Array<{ id: number; slug: string; published_at: Date | null }>;
  const topicRow = (slug: string, live: boolean) => topicRows.find((t) => t.slug === slug && (t.published_at !== null) === live)?.id;
  const demos = published.map((demo, n) => {
    const slug = topics.find((t) => t.slug === demo.topic)?.slug ?? topics[n % topics.length].slug;
    return {
      n,
      title: demo.title,
      body: demo.body,
      answer: `${template.opening}\n\n${demo.answer!.body}\n\n${template.closing}`,
      draft_topic: topicRow(slug, false),
      live_topic: topicRow(slug, true),
    };
  });
  const BATCH = 5000;
  for (let start = generated + 1; start <= count; start += BATCH) {
    const end = Math.min(start + BATCH - 1, count);
    await knex.raw(
      `WITH src AS (
         SELECT i, d.*, substr(md5('q' || i || random()::text), 1, 24) AS qdoc, substr(md5('a' || i || random()::text), 1, 24) AS adoc,
                timezone('utc', now()) - make_interval(secs => i) AS at
         FROM generate_series(?::int, ?::int) AS i
         JOIN json_to_recordset(?::json) AS d(n int, title text, body text, answer text, draft_topic int, live_topic int) ON d.n = i % ?
       ),
       q AS (
         INSERT INTO questions (document_id, title, body, slug, stage, created_at, updated_at, published_at)
         SELECT qdoc, title || ' (' || i || ')', body, 'bank-' || i, 'published', at, at, CASE WHEN live THEN at END
         FROM src CROSS JOIN (VALUES (false), (true)) AS v(live)
         RETURNING id, document_id, published_at
       ),
       a AS (
         INSERT INTO answers (document_id, body, created_at, updated_at, published_at)
         SELECT adoc, answer, at, at, CASE WHEN live THEN at END
         FROM src CROSS JOIN (VALUES (false), (true)) AS v(live)
         RETURNING id, document_id, published_at
       ),
       topic_links AS (
         INSERT INTO questions_topic_lnk (question_id, topic_id, question_ord)
         SELECT q.id, CASE WHEN q.published_at IS NULL THEN src.draft_topic ELSE src.live_topic END, src.i
         FROM q JOIN src ON src.qdoc = q.document_id
         RETURNING 1
       )
       INSERT INTO answers_question_lnk (answer_id, question_id)
       SELECT a.id, q.id FROM src
       JOIN q ON q.document_id = src.qdoc
       JOIN a ON a.document_id = src.adoc AND (a.published_at IS NULL) = (q.published_at IS NULL)`,
      [start, end, JSON.stringify(demos), demos.length],
    );
    process.stdout.write(`\r  ${end} / ${count} frågor`);
  }
  // A bank that grew over years has its planner statistics (autovacuum keeps them); rows inserted a
  // second ago have none, and the CMS's queries then scan every answer for each page of the bank.
  await knex.raw('ANALYZE questions, answers, questions_topic_lnk, answers_question_lnk');
  generated = count;
  console.log(` (genererade på ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

interface FullBuild {
  ms: number;
  peakKb: number;
  fetchPeakKb: number;
  astroPeakKb: number;
  indexPeakKb: number;
  fetchMs: number;
  astroMs: number;
  searchMs: number;
  htmlPages: number;
}

const countHtml = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countHtml(path.join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);

/** One full build (`npm run build -w site -- --full`) into `releases`, as its own process tree. */
function fullBuild(releases: string): Promise<FullBuild> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['server/build-once.ts', '--full'], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SITE_URL: `http://127.0.0.1:${port}`,
        SITE_RELEASES_DIR: releases,
        CMS_URL: cms.url,
        CMS_READ_TOKEN: cms.tokens.read,
        REBUILD_SECRET: rebuildSecret,
        FRAGELADAN_ENV_FILE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const rss = watchRss(() => [child.pid!, ...descendants(child.pid!)]);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      const peakKb = rss.stop();
      const phases = rss.phases();
      const ms = Date.now() - started;
      if (code !== 0) return reject(new Error(`bygget misslyckades:\n${output}`));
      const dir = /Byggt: (\S+)/.exec(output)![1];
      const release = JSON.parse(fs.readFileSync(path.join(dir, 'release.json'), 'utf8')) as { fetchMs: number; astroMs: number; searchMs: number };
      resolve({
        ms,
        peakKb,
        fetchPeakKb: phases.fetch,
        astroPeakKb: phases.astro,
        indexPeakKb: phases.search,
        fetchMs: release.fetchMs,
        astroMs: release.astroMs,
        searchMs: release.searchMs,
        htmlPages: countHtml(path.join(dir, 'client')),
      });
    });
  });
}

console.log(`\nKunskapsbanken byggs upp …`);
const curve: Array<{ questions: number; build: FullBuild }> = [];
if (CURVE.length > 0) {
  fs.mkdirSync(path.join(SITE_DIR, 'releases-test'), { recursive: true });
  const releases = fs.mkdtempSync(path.join(SITE_DIR, 'releases-test', 'curve-'));
  for (const n of CURVE) {
    await generate(n);
    const build = await fullBuild(releases);
    curve.push({ questions: n, build });
    console.log(`  minneskurva: ${n} frågor: ${seconds(build.ms).toFixed(1)} s, ${mib(build.peakKb).toFixed(0)} MiB (hämtning ${mib(build.fetchPeakKb).toFixed(0)}, Astro ${mib(build.astroPeakKb).toFixed(0)}, sökindex ${mib(build.indexPeakKb).toFixed(0)})`);
  }
  fs.rmSync(releases, { recursive: true, force: true });
}
await generate(COUNT);

// The first full build happens before the site server starts (which then serves it at once): at
// 50,000 questions it takes longer than the helper waits for a server to come up. It is the first
// repetition's full build.
fs.mkdirSync(path.join(SITE_DIR, 'releases-test'), { recursive: true });
const releases = fs.mkdtempSync(path.join(SITE_DIR, 'releases-test', 'bench-'));
const firstFull = await fullBuild(releases);
const site = await startSite({ port, cmsUrl: cms.url, readToken: cms.tokens.read, rebuildSecret, releases });
const operator = { Authorization: `Bearer ${rebuildSecret}` };
/** A reused keep-alive connection can be reset by a busy server between two polls: that poll counts as "not yet". */
async function tolerant<T>(fn: () => Promise<T>, otherwise: T): Promise<T> {
  try {
    return await fn();
  } catch {
    return otherwise;
  }
}
const health = async () => (await (await fetch(`${site.url}/api/health`, { headers: operator })).json()) as { building: boolean; release: string | null };
const siteIdle = () => within(600_000, () => tolerant(async () => !(await health()).building, false));
await siteIdle();

const one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
const two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
const submit = contentApi(cms.url, cms.tokens.submit);
const read = contentApi(cms.url, cms.tokens.read);
const status = (slug: string) => tolerant(async () => (await fetch(`${site.url}/fragor/${slug}`)).status, 0);

/** An approved case, ready for the second editor to publish (not timed). */
async function approvedCase(n: number): Promise<{ questionId: string; answerId: string }> {
  const questionId = await receiveQuestion(submit, one, `Hur lång tid tar det innan svaret syns på webbplatsen? Bänkfråga ${n}.`, `Publicerad under bänken ${n} ${Date.now()}`);
  const created = await one.create(A, {
    body: `${template.opening}\n\nDet tar bara en liten stund.\n\n${template.closing}`,
    question: { connect: [{ documentId: questionId }] },
  });
  if (created.status !== 201) throw new Error(`answer: ${JSON.stringify(created.body)}`);
  await setStage(one, questionId, 'in_review');
  const approval = await setStage(two, questionId, 'approved');
  if (approval.status !== 200) throw new Error(`approve: ${JSON.stringify(approval.body)}`);
  return { questionId, answerId: created.body.data.documentId as string };
}

/** On a failure, what caused it (undici's "fetch failed" says only that) and the site's log; then both servers stop. */
async function measured<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    console.error(`Bänken avbröts: ${(error as Error).message}${(error as Error).cause ? ` (${String((error as Error).cause)})` : ''}`);
    console.error(`Webbplatsens logg:\n${site.log().split('\n').slice(-30).join('\n')}`);
    await site.stop();
    await cms.stop();
    process.exit(1);
  }
}

const siteBuildRss = () => descendants(process.pid).filter((pid) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server/site.ts');
  } catch {
    return false;
  }
}).flatMap((pid) => descendants(pid));

console.log(`\n${REPEATS} upprepningar …`);
const runs = await measured(() => repeat(REPEATS, async (i) => {
  const full = i === 0 ? firstFull : await fullBuild(site.releases);
  const ready = await approvedCase(i + 1);
  const incremental = watchRss(siteBuildRss);
  const releaseBefore = (await health()).release;
  const publishedAt = Date.now();
  const res = await two.publish(A, ready.answerId);
  if (res.status !== 200) throw new Error(`publish: ${JSON.stringify(res.body)}`);
  const slug = (await read.get(`/questions?filters[documentId][$eq]=${ready.questionId}`)).body.data[0].slug as string;
  await within(600_000, async () => (await status(slug)) === 200);
  const publishToLiveMs = Date.now() - publishedAt;
  // The release that also has it in the lists, the feed, the sitemap, the open data and the search.
  await within(600_000, () => tolerant(async () => { const now = await health(); return now.release !== releaseBefore && !now.building; }, false));
  const publishToReleaseMs = Date.now() - publishedAt;
  const incrementalPeakKb = incremental.stop();
  const unpublishedAt = Date.now();
  const down = await one.unpublish(Q, ready.questionId);
  if (down.status !== 200) throw new Error(`unpublish: ${JSON.stringify(down.body)}`);
  await within(600_000, async () => [404, 410].includes(await status(slug)));
  const goneMs = Date.now() - unpublishedAt;
  // Until the rebuild without the question is live (the takedown list is empty then), so that the
  // next full build never runs beside it.
  await within(600_000, () => tolerant(async () => ((await (await fetch(`${site.url}/borttagna-fragor.json`)).json()) as string[]).length === 0, false));
  await siteIdle();
  console.log(
    `  ${i + 1}: hel ombyggnad ${seconds(full.ms).toFixed(1)} s (${mib(full.peakKb).toFixed(0)} MiB), publicering till live ${seconds(publishToLiveMs).toFixed(1)} s (ny version ${seconds(publishToReleaseMs).toFixed(1)} s), avpublicering till borta ${goneMs} ms`,
  );
  return { full, publishToLiveMs, publishToReleaseMs, goneMs, incrementalPeakKb };
}));

/**
 * A question's page as a reader gets it: rendered by the site server on request from the live
 * release's data (pages/fragor/[slug].astro), 200 pages of the generated bank picked at random,
 * one after the other, after 20 to warm up.
 */
const pageMs = await measured(async () => {
  const times: number[] = [];
  for (let i = 0; i < 220; i++) {
    const started = performance.now();
    const res = await fetch(`${site.url}/fragor/bank-${1 + Math.floor(Math.random() * COUNT)}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`frågesidan svarade ${res.status}`);
    if (i >= 20) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
});

/**
 * The machine's own speed, measured in the same run: the bank's question and answer Markdown rendered
 * to sanitised HTML in one process, as each page of the site renders it, with nothing else. Seconds
 * differ between machines and with their load; the build as a multiple of this carries over better,
 * and it is what the README states. Each text is made unique (the run and the question's number),
 * since renderMarkdown keeps what it has rendered and the bank repeats the demo's fifty texts.
 */
const referenceMs = await repeat(REPEATS, (run) => {
  const started = performance.now();
  for (let i = 1; i <= COUNT; i++) {
    const demo = published[i % published.length];
    renderMarkdown(`${demo.body}\n\n(${run}:${i})`);
    renderMarkdown(`${template.opening}\n\n${demo.answer!.body}\n\n${template.closing}\n\n(${run}:${i})`);
  }
  return performance.now() - started;
});
const reference = summarise(referenceMs).median;
const ratio = (values: number[]) => values.map((ms) => ms / reference);

// Search latency in Chromium: Pagefind's search plus the first five results' data.
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${site.url}/sok`);
const timings = await page.evaluate(async (terms: string[]) => {
  const bundles = (await (await fetch('/pagefind-shards.json')).json()) as string[];
  const pagefind = await import(`${bundles[0]}pagefind.js`);
  for (const bundle of bundles.slice(1)) await pagefind.mergeIndex(bundle);
  await pagefind.init();
  const out: number[] = [];
  for (const term of terms) {
    const t0 = performance.now();
    const search = await pagefind.search(term);
    await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
    out.push(performance.now() - t0);
  }
  return out;
}, ['skulder', 'orosanmälan', 'hemtjänst', 'försörjningsstöd', 'våld', 'boende', 'missbruk', 'umgänge', 'skulder', 'LSS']);
const desk = await benchDesk(cms, browser);
await browser.close();

const national = COUNT >= 50_000;
const target = (ten: string, fifty: string) => `mål ${national ? fifty : ten}`;
const row = (label: string, values: number[], unit: string, goal: string, digits = 1) =>
  `  ${label.padEnd(38)} ${formatSummary(summarise(values), unit, digits)}  [${goal}]`;
const pages = runs[0].full.htmlPages;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const sortedSearch = [...timings].sort((a, b) => a - b);

console.log(`
Frågelådan bench:build (${COUNT} frågor + demoinnehåll; ${pages} förbyggda HTML-sidor, frågesidorna görs på begäran)
${row('hel ombyggnad (hämta, rendera, index)', runs.map((r) => seconds(r.full.ms)), 's', target('≤ 20 s', '≤ 90 s'))}
${row('  varav hämtning från CMS:et', runs.map((r) => seconds(r.full.fetchMs)), 's', 'del av ovan')}
${row('  varav Astro (listor, flöde, öppna data)', runs.map((r) => seconds(r.full.astroMs)), 's', 'del av ovan')}
${row('  varav sökindex efter Astro (Pagefind)', runs.map((r) => seconds(r.full.searchMs)), 's', 'del av ovan')}
${row('högsta RSS, hel ombyggnad', runs.map((r) => mib(r.full.peakKb)), 'MiB', target('≤ 768 MiB', '≤ 1024 MiB'), 0)}
${row('  medan banken hämtas', runs.map((r) => mib(r.full.fetchPeakKb)), 'MiB', 'del av ovan', 0)}
${row('  medan Astro renderar (och sökindexet läggs in)', runs.map((r) => mib(r.full.astroPeakKb)), 'MiB', 'del av ovan', 0)}
${row('  medan sökindexet skrivs', runs.map((r) => mib(r.full.indexPeakKb)), 'MiB', 'del av ovan', 0)}
${row('publicering till live, ett svar', runs.map((r) => seconds(r.publishToLiveMs)), 's', target('≤ 5 s', '≤ 8 s'))}
${row('  till ny version (listor, sök, flöde)', runs.map((r) => seconds(r.publishToReleaseMs)), 's', 'inget mål')}
${row('högsta RSS, stegvis ombyggnad', runs.map((r) => mib(r.incrementalPeakKb)), 'MiB', 'inget mål', 0)}
${row('avpublicering till borta, en fråga', runs.map((r) => r.goneMs), 'ms', target('≤ 1000 ms', '≤ 1000 ms'), 0)}
${row(`referens: rendera ${COUNT} frågors Markdown i en process`, referenceMs.map(seconds), 's', 'maskinens hastighet i samma körning', 2)}
${row('  hel ombyggnad / referens', ratio(runs.map((r) => r.full.ms)), '×', 'mindre beroende av maskinen')}
${row('  publicering till live / referens', ratio(runs.map((r) => r.publishToLiveMs)), '×', 'mindre beroende av maskinen')}
  en frågesida på begäran, median / p95 / max av ${pageMs.length}: ${percentile(pageMs, 0.5).toFixed(1)} ms / ${percentile(pageMs, 0.95).toFixed(1)} ms / ${pageMs[pageMs.length - 1].toFixed(1)} ms
  sökning i Chromium (median / max av ${timings.length}): ${sortedSearch[Math.floor(sortedSearch.length / 2)].toFixed(0)} ms / ${sortedSearch[sortedSearch.length - 1].toFixed(0)} ms (första laddar index: ${timings[0].toFixed(0)} ms)
${curve.length > 0 ? `Minneskurva (en hel ombyggnad per storlek):\n${curve.map((c) => `  ${String(c.questions).padStart(6)} frågor: ${seconds(c.build.ms).toFixed(1)} s, ${mib(c.build.peakKb).toFixed(0)} MiB (hämtning ${seconds(c.build.fetchMs).toFixed(1)} s och ${mib(c.build.fetchPeakKb).toFixed(0)} MiB, Astro ${seconds(c.build.astroMs).toFixed(1)} s och ${mib(c.build.astroPeakKb).toFixed(0)} MiB, sökindex ${seconds(c.build.searchMs).toFixed(1)} s och ${mib(c.build.indexPeakKb).toFixed(0)} MiB)`).join('\n')}\n` : ''}Redaktionen:
${desk}
`);

await site.stop();
await cms.stop();
process.exit(0);
