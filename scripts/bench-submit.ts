/**
 * `npm run bench:submit`: many simulated clients asking questions through the real site server into
 * the real CMS on PostgreSQL. Climbs the rates of BENCH_RATES, each run BENCH_REPEATS times for
 * BENCH_DURATION seconds, and reports the highest rate held in every run (no error and p99 under
 * HELD_P99_MS) with the median and spread of p50, p99 and throughput. Then checks that every
 * acknowledged receipt exists exactly once in the database, and floods from one client while
 * others go on, to show the flood gets 429s and the others' p99 stays near the unloaded figure.
 * Not a test: it prints figures, and exits non-zero when a check fails.
 *
 * The database is BENCH_DATABASE_URL (default the local PostgreSQL), passed to the helpers
 * explicitly; when it does not answer the bench stops instead of measuring SQLite.
 */
import { createHash, randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { solveChallenge } from 'altcha-lib/v1';
import { startCms, type TestCms } from '../tests/helpers/cms.ts';
import { freePort, startSite, within, type TestSite } from '../tests/helpers/site.ts';
import { buildCmsIfChanged } from './lib/cms-build.ts';
import { benchHeader, formatSummary, summarise, requirePostgres } from './lib/bench-report.ts';
import { benchSettings } from './lib/settings.ts';

/** A rate is held when no request failed and p99 stayed under this, in every run. */
const HELD_P99_MS = 1000;
/** The pace of the unloaded reference and of the other clients during the flood. */
const UNLOADED_RATE = 5;
const FLOOD_RATE = 200;

const settings = benchSettings();
const { duration: DURATION, rates: RATES, repeats: REPEATS } = settings;
const UNLOADED_SECONDS = Math.min(10, DURATION);
const FLOOD_SECONDS = Math.min(15, DURATION);
const TEXT =
  'Min mamma är 84 år och klarar inte längre att handla och städa själv. Hur ansöker man om hemtjänst, och kan jag som anhörig göra det åt henne?';

/** The address without its password, for messages. */
await requirePostgres('bench:submit', settings.databaseUrl);

buildCmsIfChanged(process.env, { admin: false });
const rebuildSecret = randomBytes(24).toString('hex');
const port = await freePort();
const cms = await startCms({
  databaseUrl: settings.databaseUrl,
  env: { PORT: String(await freePort()), REBUILD_SECRET: rebuildSecret },
});
let site: TestSite | undefined;
// Whatever happens, the CMS's throwaway database is dropped: on an error and on Ctrl-C too.
const stopAll = async () => {
  await site?.stop();
  await cms.stop();
};
process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
let code = 1;
try {
  site = await startSite({
    port,
    cmsUrl: cms.url,
    readToken: cms.tokens.read,
    rebuildSecret,
    // The lowest proof of work the site accepts: its cost is the client's, and this measures the server.
    env: {
      CMS_SUBMIT_TOKEN: cms.tokens.submit,
      TRUST_PROXY: '1',
      POW_MAX_NUMBER: '1000',
    },
  });
  code = await measure(cms, site);
} finally {
  await stopAll();
}
process.exit(code);

async function measure(cms: TestCms, site: TestSite): Promise<number> {
  const header = await benchHeader({
    title: 'Frågelådan bench:submit',
    cmsUrl: cms.url,
    operatorSecret: rebuildSecret,
    repetitions: REPEATS,
    settings: {
      takter: `${RATES.join(', ')} frågor/s, ${DURATION} s per körning`,
      'hålls när': `inga fel och p99 < ${HELD_P99_MS} ms i varje körning`,
      'utan last': `${UNLOADED_RATE}/s i ${UNLOADED_SECONDS} s`,
      flod: `${FLOOD_RATE}/s från en klient i ${FLOOD_SECONDS} s`,
    },
  });
  if (header.database !== 'postgres') {
    console.error(`CMS:et kör på ${header.database}, inte PostgreSQL; siffrorna skulle inte gälla produktion.`);
    return 2;
  }

  let clientNo = 0;
  const nextClient = () => {
    clientNo += 1;
    return `10.${(clientNo >> 16) & 255}.${(clientNo >> 8) & 255}.${clientNo & 255}`;
  };

  async function proof(): Promise<string> {
    const c = await (await fetch(`${site.url}/api/altcha`)).json();
    const s = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
    const payload = { algorithm: c.algorithm, challenge: c.challenge, number: s!.number, salt: c.salt, signature: c.signature };
    return Buffer.from(JSON.stringify(payload)).toString('base64');
  }

  // Eight at a time: one after another, fetching thousands of challenges took minutes of waiting.
  async function proofs(count: number): Promise<string[]> {
    const out: string[] = [];
    let pending = 0;
    const worker = async () => {
      while (out.length + pending < count) {
        pending += 1;
        out.push(await proof());
        pending -= 1;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return out;
  }

  const receipts: string[] = [];

  interface Run {
    rate: number;
    sent: number;
    ok: number;
    errors: number;
    p50: number;
    p99: number;
    /** Acknowledged questions per second of wall-clock time. */
    throughput: number;
    statuses: Record<string, number>;
  }

  const held = (run: Run) => run.errors === 0 && run.p99 < HELD_P99_MS;

  /** Solves the proofs first (so that two loads started together really overlap), then returns the load to fire. */
  async function prepare(rate: number, seconds: number, options: { client?: string } = {}): Promise<() => Promise<Run>> {
    const total = Math.ceil(rate * seconds);
    const solved = await proofs(total);
    return async () => {
      const statuses: Record<string, number> = {};
      const started = performance.now();
      const result = await autocannon({
        url: `${site.url}/api/questions`,
        connections: Math.min(64, Math.max(4, Math.ceil(rate / 2))),
        overallRate: rate,
        amount: total,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => ({
              ...req,
              headers: {
                'content-type': 'application/json',
                'x-forwarded-for': options.client ?? nextClient(),
              },
              body: JSON.stringify({ text: TEXT, altcha: solved.pop() ?? '' }),
            }),
            onResponse: (status, body) => {
              statuses[status] = (statuses[status] ?? 0) + 1;
              if (status === 201) receipts.push((JSON.parse(body) as { receipt: string }).receipt);
            },
          },
        ],
      });
      const seconds = (performance.now() - started) / 1000;
      const ok = statuses['201'] ?? 0;
      return {
        rate,
        sent: result.requests.sent,
        ok,
        errors: result.errors + result.timeouts + result.non2xx,
        p50: result.latency.p50,
        p99: result.latency.p99,
        throughput: ok / seconds,
        statuses,
      };
    };
  }

  const run = async (rate: number, seconds: number) => (await prepare(rate, seconds))();

  function describe(runs: Run[]): string {
    return [
      `p50 ${formatSummary(summarise(runs.map((r) => r.p50)), 'ms')}`,
      `p99 ${formatSummary(summarise(runs.map((r) => r.p99)), 'ms')}`,
      `genomströmning ${formatSummary(summarise(runs.map((r) => r.throughput)), 'frågor/s', 1)}`,
    ].join('\n    ');
  }

  // Not counted: the first requests warm the JIT and fill the database pool.
  await run(UNLOADED_RATE, Math.min(5, DURATION));
  console.log('\nUtan last:');
  const unloaded: Run[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const r = await run(UNLOADED_RATE, UNLOADED_SECONDS);
    unloaded.push(r);
    console.log(`  körning ${i + 1}/${REPEATS}: p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} fel`);
  }
  const unloadedP99 = summarise(unloaded.map((r) => r.p99)).median;

  console.log('\nTakter:');
  let best: { rate: number; runs: Run[] } | undefined;
  let failed: { rate: number; runs: Run[] } | undefined;
  for (const rate of RATES) {
    const runs: Run[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const r = await run(rate, DURATION);
      runs.push(r);
      console.log(
        `  ${rate}/s, körning ${i + 1}/${REPEATS}: ${r.ok} kvitton, ${r.errors} fel, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
          `${r.throughput.toFixed(1)} frågor/s ${JSON.stringify(r.statuses)}${held(r) ? '' : ' – hölls inte'}`,
      );
      // One run that does not hold decides the rate; the higher ones are not tried.
      if (!held(r)) break;
    }
    if (runs.length === REPEATS && runs.every(held)) best = { rate, runs };
    else {
      failed = { rate, runs };
      break;
    }
  }

  // A flood from one client while the others go on at the unloaded pace, compared with it.
  const [fireFlood, fireRest] = [
    await prepare(FLOOD_RATE, FLOOD_SECONDS, { client: '10.255.255.255' }),
    await prepare(UNLOADED_RATE, FLOOD_SECONDS),
  ];
  const [flood, rest] = await Promise.all([fireFlood(), fireRest()]);
  const flooded = flood.statuses['429'] ?? 0;

  // Every acknowledged receipt exactly once, once the site has handed everything to the CMS.
  const outbox = async () =>
    (
      (await (
        await fetch(`${site.url}/api/health`, {
          headers: { Authorization: `Bearer ${rebuildSecret}` },
        })
      ).json()) as { outbox?: number }
    ).outbox;
  await within(120_000, async () => (await outbox()) === 0);
  const hashes = receipts.map((code) => createHash('sha256').update(code).digest('hex'));
  const counts = new Map<string, number>();
  for (let start = 0; start < hashes.length; start += 5000) {
    const rows = (await cms.strapi.db
      .connection('questions')
      .select('receipt_hash')
      .count('* as n')
      .whereIn('receipt_hash', hashes.slice(start, start + 5000))
      .whereNull('published_at')
      .groupBy('receipt_hash')) as Array<{
      receipt_hash: string;
      n: string | number;
    }>;
    for (const row of rows) counts.set(row.receipt_hash, Number(row.n));
  }
  const once = [...counts.values()].filter((n) => n === 1).length;
  const twice = [...counts.values()].filter((n) => n > 1).length;
  const missing = hashes.length - counts.size;

  console.log(`
Frågelådan bench:submit, resultat (${header.commit}${header.dirty ? ' ändrad' : ''}, ${header.databaseLabel}, ${REPEATS} körningar per takt)
  högsta takt som hölls:           ${best ? `${best.rate} frågor/s (inga fel och p99 < ${HELD_P99_MS} ms i alla ${best.runs.length} körningar)` : `ingen av ${RATES.join(', ')} frågor/s (inga fel och p99 < ${HELD_P99_MS} ms i varje körning)`}${
    best ? `\n    ${describe(best.runs)}` : ''
  }
  första takt som inte hölls:      ${failed ? `${failed.rate} frågor/s i körning ${failed.runs.length}\n    ${describe(failed.runs)}` : `ingen av ${RATES.join(', ')}`}
  utan last (${UNLOADED_RATE}/s):                 p50 ${formatSummary(summarise(unloaded.map((r) => r.p50)), 'ms')}, p99 ${formatSummary(summarise(unloaded.map((r) => r.p99)), 'ms')}
  kvitton som bekräftats:          ${receipts.length}
  finns exakt en gång i databasen: ${once} (saknas: ${missing}, dubbletter: ${twice})
  flod från en klient (${FLOOD_RATE}/s):    ${flooded} av ${Object.values(flood.statuses).reduce((a, b) => a + b, 0)} svar var 429
  övrigas p99 under floden:        ${rest.p99} ms (${(rest.p99 / Math.max(1, unloadedP99)).toFixed(1)} × medianen utan last)
`);

  const problems = [
    ...(missing > 0 || twice > 0 ? [`${missing} kvitton saknas och ${twice} finns flera gånger i databasen`] : []),
    ...(flooded === 0 ? ['floden från en klient fick inga 429'] : []),
  ];
  for (const problem of problems) console.error(`Fel: ${problem}.`);
  return problems.length > 0 ? 1 : 0;
}
