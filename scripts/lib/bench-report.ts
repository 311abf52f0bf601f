/**
 * What every bench prints and how it sums up repeated runs, so that a figure in the README says
 * what it was measured on and how much it varies. The database is the one the running CMS reports
 * (its operator health detail), not the one the bench meant to start: a setting read too late once
 * made `bench:submit` print "PostgreSQL" while it ran on SQLite.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BenchHeaderOptions {
  /** The first line, e.g. "Frågelådan bench:submit". */
  title: string;
  /** The running CMS, asked which database it runs on. */
  cmsUrl: string;
  /** The REBUILD_SECRET the CMS was started with: its health detail answers only the operator. */
  operatorSecret: string;
  /** How many times each figure is measured. */
  repetitions: number;
  /** Further settings the figures depend on, printed as they are (label → value). */
  settings?: Record<string, string | number>;
}

export interface BenchHeader {
  commit: string;
  /** The work tree differs from the commit (tracked changes or untracked files). */
  dirty: boolean;
  node: string;
  cores: number;
  /** 1, 5 and 15 minutes, when the bench started. */
  loadAverage: [number, number, number];
  /** As the CMS reports it: "postgres" or "sqlite". */
  database: string;
  /** The database server's version, as the CMS reports it. */
  databaseVersion: string | null;
  /** Both for people: "PostgreSQL 15.8". */
  databaseLabel: string;
  repetitions: number;
  /** The lines printed. */
  text: string;
}

/** Below this many repetitions a figure is not a basis for the README. */
export const MIN_REPETITIONS = 3;

function git(...args: string[]): string | null {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const DATABASE_NAMES: Record<string, string> = { postgres: 'PostgreSQL', sqlite: 'SQLite' };

/** Which database the CMS at `cmsUrl` runs on, from its operator health detail. */
export async function cmsDatabase(cmsUrl: string, operatorSecret: string): Promise<{ database: string; databaseVersion: string | null }> {
  const res = await fetch(`${cmsUrl}/api/health`, { headers: { Authorization: `Bearer ${operatorSecret}` } });
  const body = (await res.json()) as { database?: unknown; databaseVersion?: unknown };
  if (typeof body.database !== 'string') {
    throw new Error(`CMS:et på ${cmsUrl} sa inte vilken databas det kör på (svar ${res.status}); startades det med samma REBUILD_SECRET som bänken?`);
  }
  return { database: body.database, databaseVersion: typeof body.databaseVersion === 'string' ? body.databaseVersion : null };
}

/** Prints what the bench runs on and returns the same values, so that a bench can refuse a wrong one. */
export async function benchHeader(options: BenchHeaderOptions): Promise<BenchHeader> {
  const loadAverage = os.loadavg().map((n) => Math.round(n * 100) / 100) as [number, number, number];
  const commit = git('rev-parse', '--short', 'HEAD') ?? 'okänd';
  const dirty = (git('status', '--porcelain') ?? '') !== '';
  const { database, databaseVersion } = await cmsDatabase(options.cmsUrl, options.operatorSecret);
  const databaseLabel = `${DATABASE_NAMES[database] ?? database}${databaseVersion ? ` ${databaseVersion}` : ''}`;
  const header = {
    commit,
    dirty,
    node: process.version,
    cores: os.availableParallelism(),
    loadAverage,
    database,
    databaseVersion,
    databaseLabel,
    repetitions: options.repetitions,
  };
  const rows: Array<[string, string | number]> = [
    ['version', `${commit}${dirty ? ' (ändrad)' : ''}`],
    ['Node', header.node],
    ['kärnor', header.cores],
    ['belastning vid start', `${loadAverage.join(' ')} (1, 5, 15 min)`],
    ['databas enligt CMS:et', databaseLabel],
    ['upprepningar', `${options.repetitions}${options.repetitions < MIN_REPETITIONS ? ` (färre än ${MIN_REPETITIONS}: inget underlag för README)` : ''}`],
    ...Object.entries(options.settings ?? {}),
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  const text = [options.title, ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(width)} ${value}`)].join('\n');
  console.log(text);
  return { ...header, text };
}

/** Runs `fn` n times, one after another (parallel runs would measure each other). */
export async function repeat<T>(n: number, fn: (index: number) => Promise<T> | T): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** max − min. */
  spread: number;
  /** Half the spread as a percentage of the median: the figure is median ± this. */
  spreadPercent: number;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarise: inga värden');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const spread = max - min;
  return { n: sorted.length, median, min, max, spread, spreadPercent: median === 0 ? 0 : (spread / 2 / median) * 100 };
}

/** "median 690 ms (spridning 650–720 ms, ±5 %, n=3)"; one value is shown as itself. */
export function formatSummary(summary: Summary, unit = '', digits = 0): string {
  const f = (n: number) => `${n.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
  if (summary.n === 1) return `${f(summary.median)} (n=1)`;
  return `median ${f(summary.median)} (spridning ${summary.min.toFixed(digits)}–${f(summary.max)}, ±${summary.spreadPercent.toFixed(0)} %, n=${summary.n})`;
}

/** A database address as a bench may print it: the password hidden. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(ogiltig adress)';
  }
}

/**
 * Before anything is built or started: a bench that measures PostgreSQL measures it or nothing. When
 * none answers at `databaseUrl`, it says so in Swedish and exits 2, never falling back to SQLite.
 */
export async function requirePostgres(bench: string, databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    console.error(
      `${bench} mäter på PostgreSQL, men ingen svarar på ${withoutPassword(databaseUrl)} (${(error as Error).message}). ` +
        'Starta PostgreSQL eller ange en som svarar i BENCH_DATABASE_URL; bänken kör aldrig på SQLite.',
    );
    process.exit(2);
  }
}
