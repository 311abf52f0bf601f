import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildInputsHash } from './build-inputs.ts';
import { createLog, type Log } from './log.ts';
import { bankFile, questionCountFile, searchRecordsDir, searchResultFile } from './build-data.ts';
import type { IndexResult } from './search-index.ts';
import { assertReleasesInSite, siteSettings } from './settings.ts';

/**
 * One complete build of the site into a fresh release folder: the bank is fetched from the CMS with
 * each question's page data (release-data.ts), Astro renders the lists, feed, sitemap and open data
 * from it while Pagefind indexes the questions beside it (index-search.ts); the server renders a
 * question's page on request.
 * Only a release that finished every step gets its `release.json`; the server never switches to
 * anything else.
 *
 * A release is incremental when it can be: Astro reuses each page whose data (its `cacheKey`) is
 * as it was, and the search index keeps each shard whose questions are as they were. Any doubt
 * means a full build, with the reason in the log: the first release, a change to the code,
 * templates, config or dependencies (build-inputs.ts), a cache that cannot be read, or a request.
 */

export const SITE_DIR = path.resolve(import.meta.dirname, '..');
const releasesDir = () => siteSettings().releasesDir;
const MARKER = 'release.json';
const RELEASE_ID = /^\d{4}-\d\d-\d\dT/;
/** Astro's incremental cache (its manifest and a copy of each page it rendered), next to the releases. */
const cacheDir = () => path.join(releasesDir(), 'astro-cache');

export interface Release {
  id: string;
  dir: string;
  builtAt: string;
  /** When the build began reading the CMS (ms since the epoch): it holds nothing changed after that. */
  fetchedAt: number;
  buildMs: number;
  pages: number;
  /** Why the release was built in full, or null when it reused what had not changed. */
  fullBecause: string | null;
  /** The hash of everything but the data that shaped it (build-inputs.ts). */
  inputs: string;
  searchShards: number;
  searchShardsReused: number;
  /** Milliseconds fetching the bank, in Astro (rendering, with the search index planned and added
   * beside it), and in the search index after Astro was done. */
  fetchMs: number;
  astroMs: number;
  searchMs: number;
}

/** The lines of Astro's error output that say what went wrong, without the stack trace. */
function buildFailureCause(stderr: string): string {
  const lines = stderr
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^(at |Location:|Stack trace:|\/|file:|\^)/.test(line));
  return lines.slice(0, 3).join(' ') || 'okänt fel';
}

/**
 * Astro's heap: capped (see runAstroBuild), but a bank of 50,000 questions does not fit in 512 MiB.
 * The count is the fetch step's: asking the CMS for it cost a request and, in the build's own
 * process, about 20 MiB for an HTTP client that process had no other use for.
 */
function buildHeapMb(env: NodeJS.ProcessEnv, data: string): number {
  const settings = siteSettings(env);
  if (settings.buildHeapMb > 0) return settings.buildHeapMb;
  const questions = Number(JSON.parse(fs.readFileSync(questionCountFile(data), 'utf8')));
  return Math.max(512, Math.ceil(256 + (16 * (Number.isFinite(questions) ? questions : 0)) / 1000));
}

interface StepOptions {
  /**
   * The step's standard input stays open until this has resolved (index-search.ts waits for it);
   * when it rejects, the input stays open, and the step is to be stopped through `signal`.
   */
  holdUntil?: Promise<unknown>;
  /** Stops the step (another step has failed); it has ended by the time the step's promise settles. */
  signal?: AbortSignal;
}

/** One step of the build in a process of its own; its report lines go into the site's log. */
function runStep(step: string, args: string[], env: NodeJS.ProcessEnv, log: Log, options: StepOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: SITE_DIR, env, stdio: 'pipe', signal: options.signal });
    // A step that has ended already has nothing to hear: writing to its closed pipe is no failure.
    child.stdin.on('error', () => {});
    (options.holdUntil ?? Promise.resolve()).then(() => child.stdin.end(), () => {});
    // What the step itself reports (an item left out, and why) goes into the site's log, line by line.
    let pending = '';
    child.stdout.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log(line.trim(), 'warn');
    });
    // Its own error output is not the site's log: the cause of a failure is logged by the caller.
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // A stopped step says so at once, but its process may still be writing: it is waited for.
    let failure: Error | null = null;
    child.on('error', (error) => {
      failure ??= error;
      if (child.pid === undefined) reject(error);
    });
    child.on('exit', (code) => {
      if (failure) reject(failure);
      else if (code === 0) resolve();
      else reject(new Error(`${step} avslutades med kod ${code}: ${buildFailureCause(stderr)}`));
    });
  });
}

/**
 * V8's young generation, larger than its default: both steps make many short-lived strings (every
 * answer's text, every page), and with the default they spent a tenth of their time collecting
 * them. Measured at 10,000 questions: the fetch 4.8 s → 4.4 s and 400 → 335 MiB, Astro 4.4 → 3.9 s
 * and 520 → 470 MiB.
 */
const YOUNG_GENERATION = '--max-semi-space-size=32';

/** Reads the whole bank from the CMS into the release (fetch-bank.ts, release-data.ts). */
function fetchBank(dir: string, env: NodeJS.ProcessEnv, log: Log): Promise<void> {
  return runStep('hämtningen från CMS:et', [YOUNG_GENERATION, path.join(SITE_DIR, 'server', 'fetch-bank.ts'), dir], env, log);
}

/**
 * The search index (index-search.ts), started beside Astro: it indexes into `data`, which is moved
 * into the release once Astro (which empties its output folder first) is done, and it writes
 * nothing until `rendered` has settled.
 */
async function indexSearch(data: string, previousDir: string | undefined, env: NodeJS.ProcessEnv, log: Log, rendered: Promise<unknown>, signal: AbortSignal): Promise<IndexResult> {
  const settings = siteSettings(env);
  // A small heap: the step holds a shard's records and files in each of its two lanes, and what
  // Pagefind's messages leave is collected rather than kept. Measured at 10,000 questions with shards
  // of 2,500: the step peaked at 127–137 MiB with 96 MiB, 219–221 MiB without a limit, in the same
  // time. A fork's larger shards get a heap to match (about 16 MiB a lane per 1,000 questions).
  const heap = Math.max(96, Math.ceil((40 * settings.searchShardSize) / 1000));
  const args = [
    `--max-old-space-size=${heap}`,
    '--max-semi-space-size=2',
    path.join(SITE_DIR, 'server', 'index-search.ts'),
    data,
    String(settings.searchWriters),
    ...(previousDir ? [previousDir] : []),
  ];
  await runStep('sökindexet', args, env, log, { holdUntil: rendered, signal });
  return JSON.parse(fs.readFileSync(searchResultFile(data), 'utf8')) as IndexResult;
}

function runAstroBuild(outDir: string, bank: string, env: NodeJS.ProcessEnv, log: Log, force: boolean, heap: number, signal: AbortSignal): Promise<void> {
  const astro = path.join(SITE_DIR, 'node_modules', '.bin', 'astro');
  const bin = fs.existsSync(astro) ? astro : path.join(SITE_DIR, '..', 'node_modules', '.bin', 'astro');
  // Measured on 2 cores with 10,000 questions: one libuv thread avoids most of the lock traffic of
  // writing many small files, and a capped old space keeps peak RSS down at no cost in time.
  const args = [`--max-old-space-size=${heap}`, YOUNG_GENERATION, bin, 'build', '--silent', ...(force ? ['--force'] : [])];
  return runStep('astro build', args, {
    ...env,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: cacheDir(),
    SITE_BANK_FILE: bank,
    ASTRO_TELEMETRY_DISABLED: '1',
    UV_THREADPOOL_SIZE: env.UV_THREADPOOL_SIZE ?? '1',
    // Vite's bundler (Rolldown) allocates through mimalloc, which by default commits its arenas
    // whole and keeps what is freed for a while. Measured at 10,000 questions, three runs each:
    // Astro peaked at 442–465 MiB with the defaults and at 317–330 MiB with these, in the same time.
    MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0',
    MIMALLOC_ARENA_EAGER_COMMIT: env.MIMALLOC_ARENA_EAGER_COMMIT ?? '0',
  }, log, { signal });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One build at a time per releases folder (the server's and one run by hand would otherwise write
 * Astro's cache at once); a lock left by a build that died is taken over. Returns the unlock. */
function lockBuilds(): () => void {
  fs.mkdirSync(releasesDir(), { recursive: true });
  const lock = path.join(releasesDir(), 'build.lock');
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(fs.readFileSync(lock, 'utf8'));
    if (holder && holder !== process.pid && alive(holder)) throw new Error(`ett annat bygge av webbplatsen pågår redan (process ${holder})`);
    fs.writeFileSync(lock, String(process.pid));
  }
  return () => fs.rmSync(lock, { force: true });
}

/** Moves everything in `from` into `to`, into the folders already there. */
function moveInto(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const target = path.join(to, entry.name);
    if (entry.isDirectory() && fs.existsSync(target)) moveInto(path.join(from, entry.name), target);
    else fs.renameSync(path.join(from, entry.name), target);
  }
}

/** Why this release cannot build on the one before, or null when it can. */
function fullBuildReason(previous: Release | null, inputs: string, requested: boolean): string | null {
  if (requested) return 'en hel ombyggnad begärdes';
  if (!previous) return 'det finns ingen tidigare version att bygga vidare på';
  if (previous.inputs !== inputs) return 'koden, mallarna, inställningarna eller beroendena har ändrats sedan förra versionen';
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(cacheDir(), 'incremental-build.json'), 'utf8')) as unknown;
    if (typeof manifest !== 'object' || manifest === null) throw new Error('inte ett objekt');
  } catch (error) {
    return `cachen från förra bygget går inte att läsa (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  return null;
}

export async function buildRelease(
  env: NodeJS.ProcessEnv = process.env,
  log: Log = createLog(false),
  options: { full?: boolean } = {},
): Promise<Release> {
  const settings = siteSettings(env);
  assertReleasesInSite(settings);
  const unlock = lockBuilds();
  try {
    return await buildLocked(env, log, options.full ?? false, settings);
  } finally {
    unlock();
  }
}

async function buildLocked(env: NodeJS.ProcessEnv, log: Log, full: boolean, settings: ReturnType<typeof siteSettings>): Promise<Release> {
  const started = Date.now();
  const id = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(releasesDir(), id);
  const previous = latestRelease();
  const inputs = buildInputsHash(settings.siteUrl);
  const fullBecause = fullBuildReason(previous, inputs, full);
  log(fullBecause ? `Hel ombyggnad: ${fullBecause}.` : `Stegvis ombyggnad från ${previous!.id}: bara det som ändrats byggs om.`);
  const data = `${dir}.data`;
  fs.mkdirSync(dir, { recursive: true });
  try {
    // Astro empties its output folder first: the data waits beside the release until Astro is done.
    await fetchBank(data, env, log);
    const fetched = Date.now();
    // Astro and the search index run side by side; when one fails, the other is stopped, and the
    // build fails with the first one's reason once both have ended.
    let failure: unknown = null;
    const stopAstro = new AbortController();
    const stopSearch = new AbortController();
    const stopOther = (other: AbortController) => (error: unknown): never => {
      failure ??= error;
      other.abort();
      throw error;
    };
    let rendered = 0;
    const rendering = runAstroBuild(dir, bankFile(data), env, log, fullBecause !== null, buildHeapMb(env, data), stopAstro.signal).then(() => {
      rendered = Date.now();
    }, stopOther(stopSearch));
    const indexing = indexSearch(data, fullBecause ? undefined : previous!.dir, env, log, rendering, stopSearch.signal).catch(stopOther(stopAstro));
    await Promise.allSettled([rendering, indexing]);
    if (failure) throw failure;
    const search = await indexing;
    fs.rmSync(bankFile(data));
    fs.rmSync(questionCountFile(data));
    fs.rmSync(searchRecordsDir(data), { recursive: true });
    moveInto(data, dir);
    fs.rmSync(data, { recursive: true });
    const release: Release = {
      id,
      dir,
      builtAt: new Date().toISOString(),
      fetchedAt: started,
      buildMs: Date.now() - started,
      pages: search.records,
      fullBecause,
      inputs,
      searchShards: search.shards,
      searchShardsReused: search.reused,
      fetchMs: fetched - started,
      astroMs: rendered - fetched,
      searchMs: Date.now() - rendered,
    };
    fs.writeFileSync(path.join(dir, MARKER), JSON.stringify(release, null, 2));
    return release;
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(data, { recursive: true, force: true });
    throw error;
  }
}

export function latestRelease(): Release | null {
  const RELEASES_DIR = releasesDir();
  if (!fs.existsSync(RELEASES_DIR)) return null;
  const ids = fs.readdirSync(RELEASES_DIR).filter((id) => RELEASE_ID.test(id)).sort().reverse();
  for (const id of ids) {
    const marker = path.join(RELEASES_DIR, id, MARKER);
    if (fs.existsSync(marker)) {
      const release = JSON.parse(fs.readFileSync(marker, 'utf8')) as Release;
      // Releases from before fetchedAt was recorded: their start is their end less their length.
      const fetchedAt = release.fetchedAt ?? Date.parse(release.builtAt) - release.buildMs;
      return { ...release, fetchedAt, dir: path.join(RELEASES_DIR, id) };
    }
  }
  return null;
}

/** Keeps the current release and the one before it; removes older and unfinished ones. */
export function pruneReleases(current: Release, keep = 2): void {
  const RELEASES_DIR = releasesDir();
  if (!fs.existsSync(RELEASES_DIR)) return;
  const ids = fs.readdirSync(RELEASES_DIR).filter((id) => RELEASE_ID.test(id)).sort().reverse();
  let kept = 0;
  for (const id of ids) {
    const complete = fs.existsSync(path.join(RELEASES_DIR, id, MARKER));
    if (id === current.id || (complete && kept < keep)) {
      kept += 1;
      continue;
    }
    if (id < current.id) fs.rmSync(path.join(RELEASES_DIR, id), { recursive: true, force: true });
  }
}
