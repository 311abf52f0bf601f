/**
 * `npm run bench:submit`: many simulated clients asking questions through the real site server into
 * the real CMS on PostgreSQL. Reports the highest rate held for the whole window with no error, with
 * p50/p99 latency, then counts that every acknowledged receipt exists exactly once in the database,
 * and finally floods from one client while the others go on, to show the flood gets 429s and the
 * others' p99 stays near the unloaded figure. Not a test: it prints figures.
 *
 * BENCH_DURATION=60 (seconds per rate step), BENCH_RATES=20,40,80,160, DATABASE_URL (default: the
 * local PostgreSQL). The proof of work is made trivial (POW_MAX_NUMBER=50): its cost is the
 * client's, and this measures the server.
 */
import { createHash } from 'node:crypto';
import autocannon from 'autocannon';
import { solveChallenge } from 'altcha-lib/v1';
import { startCms } from '../tests/helpers/cms.ts';
import { freePort, startSite, within } from '../tests/helpers/site.ts';
import { buildCmsIfChanged } from './lib/cms-build.ts';

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = Number(process.env.BENCH_DURATION ?? 60);
const RATES = (process.env.BENCH_RATES ?? '20,40,80,160').split(',').map(Number);
const TEXT = 'Min mamma är 84 år och klarar inte längre att handla och städa själv. Hur ansöker man om hemtjänst, och kan jag som anhörig göra det åt henne?';

buildCmsIfChanged(process.env, { admin: false });
const port = await freePort();
const cms = await startCms({ env: { PORT: String(await freePort()) } });
const site = await startSite({
  port,
  cmsUrl: cms.url,
  readToken: cms.tokens.read,
  rebuildSecret: 'b'.repeat(32),
  env: { CMS_SUBMIT_TOKEN: cms.tokens.submit, TRUST_PROXY: '1', POW_MAX_NUMBER: '50' },
});
console.log(`Bänk: frågor via ${site.url} till CMS:et på PostgreSQL`);

let clientNo = 0;
const nextClient = () => {
  clientNo += 1;
  return `10.${(clientNo >> 16) & 255}.${(clientNo >> 8) & 255}.${clientNo & 255}`;
};

async function payloads(count: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const c = await (await fetch(`${site.url}/api/altcha`)).json();
    const s = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
    out.push(Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: s!.number, salt: c.salt, signature: c.signature })).toString('base64'));
  }
  return out;
}

const receipts: string[] = [];

interface Step {
  rate: number;
  sent: number;
  ok: number;
  errors: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
}

async function run(rate: number, seconds: number, options: { client?: string } = {}): Promise<Step> {
  const total = Math.ceil(rate * seconds);
  const proofs = await payloads(total);
  const statuses: Record<string, number> = {};
  const result = await autocannon({
    url: `${site.url}/api/questions`,
    connections: Math.min(64, Math.max(4, Math.ceil(rate / 2))),
    overallRate: rate,
    amount: total,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (req: Record<string, unknown>) => ({
          ...req,
          headers: { 'content-type': 'application/json', 'x-forwarded-for': options.client ?? nextClient() },
          body: JSON.stringify({ text: TEXT, altcha: proofs.pop() ?? '' }),
        }),
        onResponse: (status: number, body: string) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 201) receipts.push((JSON.parse(body) as { receipt: string }).receipt);
        },
      },
    ],
  } as never);
  const ok = statuses['201'] ?? 0;
  return {
    rate,
    sent: result.requests.sent,
    ok,
    errors: result.errors + result.timeouts + result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses,
  };
}

const unloaded = await run(2, 15);
console.log(`  utan last (2/s): p50 ${unloaded.p50} ms, p99 ${unloaded.p99} ms`);

let best: Step | undefined;
for (const rate of RATES) {
  const step = await run(rate, DURATION);
  console.log(`  ${rate}/s i ${DURATION} s: ${step.ok} kvitton, ${step.errors} fel, p50 ${step.p50} ms, p99 ${step.p99} ms ${JSON.stringify(step.statuses)}`);
  if (step.errors > 0) break;
  best = step;
}

// A flood from one client at 200/s while the others go on at the unloaded pace, compared with it.
const [flood, rest] = await Promise.all([run(200, 15, { client: '10.255.255.255' }), run(2, 15)]);
console.log(`  flod från en klient: ${JSON.stringify(flood.statuses)}; övriga (2/s): p99 ${rest.p99} ms mot ${unloaded.p99} ms utan last`);

// Every acknowledged receipt exactly once.
await within(120_000, async () => ((await (await fetch(`${site.url}/api/health`)).json()) as { outbox: number }).outbox === 0);
const hashes = receipts.map((code) => createHash('sha256').update(code).digest('hex'));
const rows = (await cms.strapi.db
  .connection('questions')
  .select('receipt_hash')
  .count('* as n')
  .whereIn('receipt_hash', hashes)
  .whereNull('published_at')
  .groupBy('receipt_hash')) as Array<{ receipt_hash: string; n: string | number }>;
const once = rows.filter((r) => Number(r.n) === 1).length;
const twice = rows.filter((r) => Number(r.n) > 1).length;

console.log(`
Frågelådan bench:submit (PostgreSQL, ${DURATION} s per steg)
  högsta takt utan fel:           ${best ? `${best.rate} frågor/s (p50 ${best.p50} ms, p99 ${best.p99} ms)` : 'ingen'}
  utan last:                      p50 ${unloaded.p50} ms, p99 ${unloaded.p99} ms
  kvitton som bekräftats:         ${receipts.length}
  finns exakt en gång i databasen: ${once} (saknas: ${receipts.length - once - twice}, dubbletter: ${twice})
  flod från en klient (200/s):    ${flood.statuses['429'] ?? 0} av ${flood.sent} fick 429
  övrigas p99 under floden:       ${rest.p99} ms (${(rest.p99 / Math.max(1, unloaded.p99)).toFixed(1)} × utan last)
`);

await site.stop();
await cms.stop();
process.exit(0);
