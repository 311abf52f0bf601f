/**
 * `npm run bench:build`: the site's build on a 10,000-question knowledge bank. Generates published
 * questions with answers (lengths like the real service's) into a fresh database, starts the real
 * site server, and reports the full build (fetch, render, search index), pages per second, peak
 * RSS of the build processes, index size, publish-to-live time and search latency in Chromium.
 * Not a test: it prints figures. BENCH_QUESTIONS=2000 for a shorter run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchChromium } from '../tests/helpers/browser.ts';
import { DEMO_PASSWORD, EDITORS, startCms } from '../tests/helpers/cms.ts';
import { adminLogin, contentApi } from '../tests/helpers/http.ts';
import { freePort, startSite, within } from '../tests/helpers/site.ts';
import { receiveQuestion, setStage } from '../tests/helpers/workflow.ts';
import { CMS_DIR, buildCmsIfChanged } from './lib/cms-build.ts';
import { benchDesk } from './lib/bench-desk.ts';
import { questions as demoQuestions, styleTemplates } from '../cms/src/seed/demo-content.ts';

const COUNT = Number(process.env.BENCH_QUESTIONS ?? 10_000);
const require = createRequire(import.meta.url);

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

/** Peak of the summed RSS of the build's processes (Astro, Pagefind: everything the site server
 * starts, not the server itself), sampled every 100 ms. */
function watchBuildRss() {
  let peak = 0;
  const timer = setInterval(() => {
    const servers = descendants(process.pid).filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server/site.ts');
      } catch {
        return false;
      }
    });
    const sum = servers.flatMap((pid) => descendants(pid)).reduce((total, pid) => total + rssKb(pid), 0);
    peak = Math.max(peak, sum);
  }, 100);
  return { stop: () => (clearInterval(timer), peak) };
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(full) : fs.statSync(full).size;
  }
  return total;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;

// The admin panel too: the desk's figures are taken in Chromium.
buildCmsIfChanged(process.env, { admin: true });
console.log(`Bänk: ${COUNT} publicerade frågor med svar …`);
const port = await freePort();
const rebuildSecret = crypto.randomBytes(24).toString('hex');
// BENCH_DATABASE=/tmp/bench.db keeps the generated bank between runs (SQLite only).
const keep = process.env.BENCH_DATABASE;
const cms = await startCms({
  demoContent: true,
  env: {
    REBUILD_SECRET: rebuildSecret,
    SITE_INTERNAL_URL: `http://127.0.0.1:${port}`,
    SERVE_ADMIN_PANEL: 'true',
    ...(keep ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: keep } : {}),
  },
});
const { asSystem } = require(path.join(CMS_DIR, 'dist/src/workflow/actor.js')) as typeof import('../cms/src/workflow/actor.ts');

const published = demoQuestions.filter((q) => q.answer);
const topics = (await cms.strapi.documents('api::topic.topic').findMany({ status: 'published', limit: 100 } as never)) as Array<{
  documentId: string;
  slug: string;
}>;
const template = styleTemplates[0];
const seedStarted = Date.now();
const BATCH = 250;
const existing = await cms.strapi.db.query('api::question.question').count({ where: { slug: { $startsWith: 'bank-' }, publishedAt: { $notNull: true } } });
for (let start = existing; start < COUNT; start += BATCH) {
  await asSystem(() =>
    cms.strapi.db.transaction(async () => {
      for (let i = start; i < Math.min(start + BATCH, COUNT); i++) {
        const demo = published[i % published.length];
        const topic = topics.find((t) => t.slug === demo.topic) ?? topics[i % topics.length];
        const question = (await cms.strapi.documents('api::question.question').create({
          data: { title: `${demo.title} (${i + 1})`, body: demo.body, slug: `bank-${i + 1}`, topic: topic.documentId, stage: 'published' },
          status: 'published',
        } as never)) as { documentId: string };
        await cms.strapi.documents('api::answer.answer').create({
          data: { body: `${template.opening}\n\n${demo.answer!.body}\n\n${template.closing}`, question: question.documentId },
          status: 'published',
        } as never);
      }
    }),
  );
  process.stdout.write(`\r  ${Math.min(start + BATCH, COUNT)} / ${COUNT}`);
}
console.log(`\n  genererade på ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`);

const rss = watchBuildRss();
const buildStarted = Date.now();
const site = await startSite({ port, cmsUrl: cms.url, readToken: cms.tokens.read, rebuildSecret });
const buildMs = Date.now() - buildStarted;
const peakKb = rss.stop();
const release = fs.readdirSync(site.releases).find((id) => fs.existsSync(path.join(site.releases, id, 'release.json')))!;
const client = path.join(site.releases, release, 'client');
const indexed = JSON.parse(fs.readFileSync(path.join(site.releases, release, 'release.json'), 'utf8')).pages as number;
const countHtml = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countHtml(path.join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);
const pages = countHtml(client);
const indexBytes = fs
  .readdirSync(client)
  .filter((name) => name.startsWith('pagefind'))
  .reduce((n, name) => n + (fs.statSync(path.join(client, name)).isDirectory() ? dirSize(path.join(client, name)) : 0), 0);

// Publish-to-live: an editor publishes an approved answer; time until the page is served.
const one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
const two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
const submit = contentApi(cms.url, cms.tokens.submit);
const questionId = await receiveQuestion(submit, one, 'Hur lång tid tar det innan mitt svar syns på webbplatsen efter publicering?', `Publicerad under bänken ${Date.now()}`);
const created = await one.create('api::answer.answer', {
  body: `${template.opening}\n\nDet tar bara en liten stund.\n\n${template.closing}`,
  question: { connect: [{ documentId: questionId }] },
});
if (created.status !== 201) throw new Error(`answer: ${JSON.stringify(created.body)}`);
await setStage(one, questionId, 'in_review');
const approval = await setStage(two, questionId, 'approved');
if (approval.status !== 200) throw new Error(`approve: ${JSON.stringify(approval.body)}`);
const target = { documentId: questionId, answer: { documentId: created.body.data.documentId as string } };
const publishedAt = Date.now();
const res = await two.publish('api::answer.answer', target.answer.documentId);
if (res.status !== 200) throw new Error(`publish failed: ${JSON.stringify(res.body)}`);
const read = contentApi(cms.url, cms.tokens.read);
const slug = (await read.get(`/questions?filters[documentId][$eq]=${target.documentId}`)).body.data[0].slug;
try {
  await within(120_000, async () => (await fetch(`${site.url}/fragor/${slug}`)).status === 200);
} catch (error) {
  console.error(`Webbplatsen svarade inte:\n${site.log()}`);
  throw error;
}
const publishToLiveMs = Date.now() - publishedAt;

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
const sorted = [...timings].sort((a, b) => a - b);

console.log(`
Frågelådan bench:build (${COUNT} frågor + demoinnehåll: ${pages} HTML-sidor, ${indexed} frågor i sökindexet)
  hel ombyggnad (hämta, rendera, sökindex): ${(buildMs / 1000).toFixed(1)} s
  sidor per sekund:                         ${(pages / (buildMs / 1000)).toFixed(0)}
  högsta RSS för bygget (Astro + Pagefind):  ${mb(peakKb)}
  sökindexets storlek:                      ${(indexBytes / 1024 / 1024).toFixed(1)} MiB
  publicering till live för ett svar:       ${(publishToLiveMs / 1000).toFixed(1)} s
  sökning i Chromium (median / max av ${timings.length}):   ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms / ${sorted[sorted.length - 1].toFixed(0)} ms
  (första sökningen laddar index: ${timings[0].toFixed(0)} ms)
Redaktionen:
${desk}
`);

await site.stop();
if (keep) await cms.strapi.destroy();
else await cms.stop();
process.exit(0);
