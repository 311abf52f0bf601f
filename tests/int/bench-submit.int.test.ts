import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_POSTGRES } from '../../scripts/lib/settings.ts';
import { freePort } from '../helpers/site';

/**
 * `npm run bench:submit` as a reader of the README runs it: from a shell without DATABASE_URL. It
 * once measured SQLite while it printed "PostgreSQL"; now it either runs on the PostgreSQL the CMS
 * itself reports, or refuses in Swedish when none answers. Tiny windows and one repetition, so
 * that the test proves what it runs on, not how fast.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const benchPids: number[] = [];

/** The databases the bench's CMS made (named with the bench's pid by tests/helpers/cms.ts). */
async function benchDatabases(pid: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: LOCAL_POSTGRES });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `frageladan_test_${pid}_%`,
    ]);
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  // Only if the bench died before dropping its own: the first test asserts that it does.
  const client = new pg.Client({ connectionString: LOCAL_POSTGRES });
  await client.connect();
  for (const pid of benchPids) {
    for (const name of await benchDatabases(pid)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  await client.end();
});

function bench(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string; pid: number }> {
  // The shell of someone who never set a database: no DATABASE_URL, no DATABASE_CLIENT.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('DATABASE_') && !name.startsWith('BENCH_')),
  );
  // launch.cjs runs the script in its own process, so the child's pid is the one in the database names.
  const child = spawn(process.execPath, ['scripts/launch.cjs', 'bench-submit.ts'], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  benchPids.push(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, pid: child.pid! })));
}

describe('npm run bench:submit', () => {
  it('runs on PostgreSQL without DATABASE_URL, as the CMS itself reports, and drops its database afterwards', async () => {
    const run = await bench({ BENCH_DURATION: '2', BENCH_RATES: '5', BENCH_REPEATS: '1' });
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    // Read back from the running CMS's operator health, with the server's version.
    expect(run.stdout).toMatch(/databas enligt CMS:et: +PostgreSQL \d+/);
    expect(run.stdout).toMatch(/version: +[0-9a-f]{7,}/);
    expect(run.stdout).toMatch(/kärnor: +\d+/);
    expect(run.stdout).toMatch(/belastning vid start: +[\d.]+ [\d.]+ [\d.]+/);
    expect(run.stdout).toMatch(/upprepningar: +1 \(färre än 3: inget underlag för README\)/);
    expect(run.stdout).toMatch(/hålls när: +inga fel och p99 < 1000 ms i varje körning/);
    expect(run.stdout).toMatch(/högsta takt som hölls: +5 frågor\/s/);
    expect(run.stdout).toMatch(/finns exakt en gång i databasen: [1-9]\d* \(saknas: 0, dubbletter: 0\)/);
    expect(run.stdout).toMatch(/flod från en klient \(200\/s\): +[1-9]\d* av \d+ svar var 429/);
    expect(run.stdout).not.toMatch(/sqlite/i);
    expect(await benchDatabases(run.pid)).toEqual([]);
  }, 300_000);

  it('refuses in Swedish, before starting anything, when its PostgreSQL does not answer', async () => {
    const closed = await freePort();
    const run = await bench({
      BENCH_DATABASE_URL: `postgres://postgres:hemligt@127.0.0.1:${closed}/postgres`,
      BENCH_DURATION: '2',
      BENCH_RATES: '5',
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      `bench:submit mäter på PostgreSQL, men ingen svarar på postgres://postgres:***@127.0.0.1:${closed}/postgres`,
    );
    expect(run.stderr).toContain('bänken kör aldrig på SQLite');
    expect(run.stderr).not.toContain('hemligt');
    expect(run.stdout).not.toContain('Frågelådan bench:submit');
  }, 60_000);
});
