/**
 * `npm run bench:stats`: how fast the desk's Statistik answers for one year, on PostgreSQL, with
 * 10,000 published cases and their case record spread over 18 months (and rejected and open
 * cases beside them). Each repetition calls GET /desk/statistics CALLS times after a warm-up and
 * reports p50 and p95; the target is p95 < TARGET_P95_MS. Not a test: it prints figures, and exits
 * non-zero when the target is missed or the figures do not add up.
 *
 * The cases are inserted straight into the tables (questions, their topic links, case_events) in
 * batches, because driving 10,000 cases through the workflow would take an hour; the rows are the
 * ones the workflow writes (a draft and a published row per case, six record entries each), minus
 * the answers, which the statistics never read.
 */
import { randomBytes } from 'node:crypto';
import { REJECTION_REASONS } from '../config/domain/stages.ts';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../tests/helpers/cms.ts';
import { adminLogin } from '../tests/helpers/http.ts';
import { freePort } from '../tests/helpers/site.ts';
import { benchHeader, formatSummary, summarise, requirePostgres } from './lib/bench-report.ts';
import { buildCmsIfChanged } from './lib/cms-build.ts';
import { compareSiteBuilds } from './lib/site-build-statistics.ts';
import { benchSettings } from './lib/settings.ts';

const PUBLISHED = 10_000;
const REJECTED = 1_000;
const OPEN = 300;
const MONTHS = 18;
const CALLS = 30;
const WARM_UP = 5;
const TARGET_P95_MS = 300;
const TOPICS = ['Missbruk', 'Ekonomiskt bistånd', 'Barn och familj', 'Äldreomsorg', 'Boende', 'Våld i nära relationer', 'Funktionsnedsättning', 'Övrigt'];
const HOUR = 60 * 60 * 1000;
const day = (at: Date) => at.toISOString().slice(0, 10);

const settings = benchSettings();

await requirePostgres('bench:stats', settings.databaseUrl);

buildCmsIfChanged(process.env, { admin: false });
const rebuildSecret = randomBytes(24).toString('hex');
const cms = await startCms({
  databaseUrl: settings.databaseUrl,
  contentManagerEditors: false,
  env: { PORT: String(await freePort()), REBUILD_SECRET: rebuildSecret },
});
process.once('SIGINT', () => void cms.stop().finally(() => process.exit(130)));
let code = 1;
try {
  code = await run(cms);
} finally {
  await cms.stop();
}
process.exit(code);

/** A small seeded generator, so that every run inserts the same cases. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertCases(cms: TestCms): Promise<void> {
  const knex = cms.strapi.db.connection;
  const now = Date.now();
  const topicIds: number[] = [];
  for (const [index, name] of TOPICS.entries()) {
    const row = { document_id: `benchtopic${index}`, name, slug: `bench-${index}`, sort_order: index, created_at: new Date(now), updated_at: new Date(now) };
    await knex('topics').insert({ ...row, published_at: null });
    const [published] = await knex('topics').insert({ ...row, published_at: new Date(now) }, ['id']);
    topicIds.push(Number(published.id ?? published));
  }
  const draftTopicIds = (await knex('topics').whereNull('published_at').orderBy('sort_order').select('id')).map((r: { id: number }) => Number(r.id));

  const next = random(20261130);
  const span = MONTHS * 30 * 24 * HOUR;
  const questions: Array<Record<string, unknown>> = [];
  const links: Array<{ key: string; topic: number }> = [];
  const events: Array<Record<string, unknown>> = [];
  const total = PUBLISHED + REJECTED + OPEN;
  for (let i = 0; i < total; i++) {
    const documentId = `benchcase${String(i).padStart(6, '0')}`;
    const kind = i < PUBLISHED ? 'published' : i < PUBLISHED + REJECTED ? 'rejected' : 'open';
    const received = kind === 'open' ? now - next() * 14 * 24 * HOUR : now - next() * span;
    // Most answered within a few working days, a tail much later.
    const answered = Math.min(now - 60_000, received + (next() < 0.9 ? 2 + next() * 70 : 72 + next() * 300) * HOUR);
    const topic = Math.floor(next() * TOPICS.length);
    const base = { title: `Fråga ${i}`, body: 'Bänkens fråga.', stage: kind === 'published' ? 'published' : kind === 'rejected' ? 'rejected' : 'in_progress' };
    const times = { received_at: new Date(received), created_at: new Date(received), updated_at: new Date(answered) };
    questions.push({ document_id: documentId, ...base, ...times, published_at: null });
    links.push({ key: `${documentId}:draft`, topic: draftTopicIds[topic] });
    if (kind === 'published') {
      questions.push({ document_id: documentId, ...base, slug: `fraga-${i}`, ...times, published_at: new Date(answered) });
      links.push({ key: `${documentId}:live`, topic: topicIds[topic] });
    }
    const entry = (eventKind: string, at: number, from: string | null, to: string | null, reason: string | null = null) => ({
      case_id: documentId,
      kind: eventKind,
      from,
      to,
      reason,
      actor: null,
      actor_name: null,
      at: new Date(at),
      created_at: new Date(at),
      updated_at: new Date(at),
    });
    events.push(entry('received', received, null, 'new'));
    const step = (answered - received) / 5;
    if (kind === 'rejected') {
      events.push(entry('stage', received + step, 'new', 'rejected', REJECTION_REASONS[Math.floor(next() * REJECTION_REASONS.length)]));
      continue;
    }
    events.push(entry('assignment', received + step, null, '1'));
    events.push(entry('stage', received + step, 'new', 'in_progress'));
    if (kind === 'open') continue;
    events.push(entry('stage', received + 2 * step, 'in_progress', 'in_review'));
    events.push(entry('approval', received + 3 * step, 'in_review', 'approved'));
    events.push(entry('publication', answered, 'approved', 'published'));
  }
  await knex.batchInsert('questions', questions, 1000);
  const ids = await knex('questions').where('document_id', 'like', 'benchcase%').select('id', 'document_id', 'published_at');
  const idOf = new Map(ids.map((r: { id: number; document_id: string; published_at: unknown }) => [`${r.document_id}:${r.published_at ? 'live' : 'draft'}`, Number(r.id)]));
  await knex.batchInsert(
    'questions_topic_lnk',
    links.map((link) => ({ question_id: idOf.get(link.key), topic_id: link.topic })),
    1000,
  );
  await knex.batchInsert('case_events', events, 1000);
  await knex.raw('ANALYZE');
  console.log(`  infogat: ${PUBLISHED} publicerade, ${REJECTED} avvisade och ${OPEN} öppna ärenden, ${events.length} händelser över ${MONTHS} månader`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function run(cms: TestCms): Promise<number> {
  const header = await benchHeader({
    title: 'Frågelådan bench:stats',
    cmsUrl: cms.url,
    operatorSecret: rebuildSecret,
    repetitions: settings.repeats,
    settings: {
      data: `${PUBLISHED} publicerade ärenden med händelser över ${MONTHS} månader (direkt i tabellerna)`,
      anrop: `GET /desk/statistics för ett år, ${CALLS} gånger efter ${WARM_UP} uppvärmning, per upprepning`,
      mål: `p95 < ${TARGET_P95_MS} ms`,
    },
  });
  if (header.database !== 'postgres') {
    console.error(`CMS:et kör på ${header.database}, inte PostgreSQL; siffrorna skulle inte gälla produktion.`);
    return 2;
  }
  const started = Date.now();
  await insertCases(cms);
  console.log(`  på ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  const editor = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 24 * HOUR);
  const path = `/desk/statistics?from=${day(from)}&to=${day(to)}`;
  const call = async () => {
    const t0 = performance.now();
    const res = await editor.send('GET', path);
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${path} svarade ${res.status}: ${JSON.stringify(res.body)}`);
    return { ms, body: res.body };
  };
  const first = await call();
  const { totals, weeks } = first.body;
  console.log(
    `  ett år (${day(from)} – ${day(to)}): ${totals.received} inkomna, ${totals.answered} besvarade, ${totals.rejectedTotal} avvisade, ` +
      `${totals.open} öppna; median ${totals.medianHours} h, p90 ${totals.p90Hours} h, inom löftet ${Math.round(totals.withinPromise * 100)} %, ${weeks.length} veckor`,
  );
  // A year of 18 months' evenly spread answers: two thirds of them, give or take.
  if (totals.answered < PUBLISHED * 0.55 || totals.answered > PUBLISHED * 0.75) {
    console.error(`  Antalet besvarade (${totals.answered}) stämmer inte med det infogade; mätningen gäller inte.`);
    return 1;
  }
  for (let i = 0; i < WARM_UP; i++) await call();

  const p50s: number[] = [];
  const p95s: number[] = [];
  for (let r = 0; r < settings.repeats; r++) {
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) times.push((await call()).ms);
    times.sort((a, b) => a - b);
    p50s.push(percentile(times, 0.5));
    p95s.push(percentile(times, 0.95));
    console.log(`  upprepning ${r + 1}: p50 ${p50s[r].toFixed(0)} ms, p95 ${p95s[r].toFixed(0)} ms (${CALLS} anrop)`);
  }
  const p95 = summarise(p95s);
  console.log(`\n  p50: ${formatSummary(summarise(p50s), 'ms')}`);
  console.log(`  p95: ${formatSummary(p95, 'ms')}`);
  const held = p95.max < TARGET_P95_MS;
  console.log(`  ${held ? 'Målet hålls' : 'Målet hålls inte'}: p95 < ${TARGET_P95_MS} ms i ${held ? 'varje' : 'inte varje'} upprepning.`);

  // What /statistik and its open data add to the site's build, on the same 10,000 cases.
  console.log('\n  Webbplatsens Astro-bygge med och utan statistiksidorna (utan sökindex, som är detsamma i båda):');
  const builds = await compareSiteBuilds({ cmsUrl: cms.url, readToken: cms.tokens.read, repetitions: settings.repeats, log: (line) => console.log(line) });
  console.log(`\n  med statistiksidorna:  ${formatSummary(builds.with, 's', 1)}`);
  console.log(`  utan statistiksidorna: ${formatSummary(builds.without, 's', 1)}`);
  console.log(`  statistiksidorna lägger till ${builds.added.toFixed(1)} s (skillnaden mellan medianerna)`);
  return held ? 0 : 1;
}
