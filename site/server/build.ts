import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { createLog, type Log } from './log.ts';
import { searchableText } from './search-text.ts';
import { siteSettings } from './settings.ts';

/**
 * One complete build of the site into a fresh release folder: Astro renders every page from the
 * CMS, then Pagefind indexes the question pages. Only a release that finished both steps gets its
 * `release.json`; the server never switches to anything else.
 */

export const SITE_DIR = path.resolve(import.meta.dirname, '..');
const releasesDir = () => siteSettings().releasesDir;
const MARKER = 'release.json';

export interface Release {
  id: string;
  dir: string;
  builtAt: string;
  /** When the build began reading the CMS (ms since the epoch): it holds nothing changed after that. */
  fetchedAt: number;
  buildMs: number;
  pages: number;
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

function runAstroBuild(outDir: string, env: NodeJS.ProcessEnv, log: Log): Promise<void> {
  const astro = path.join(SITE_DIR, 'node_modules', '.bin', 'astro');
  const bin = fs.existsSync(astro) ? astro : path.join(SITE_DIR, '..', 'node_modules', '.bin', 'astro');
  return new Promise((resolve, reject) => {
    // Measured on 2 cores with 10,000 questions: one libuv thread avoids most of the lock traffic of
    // writing 10,000 small files, and a capped old space (the live heap is ~100 MB) keeps peak RSS
    // near 0.7 GiB instead of 0.95 GiB at no cost in time.
    const heap = siteSettings(env).buildHeapMb;
    const child = spawn(process.execPath, [`--max-old-space-size=${heap}`, bin, 'build', '--silent'], {
      cwd: SITE_DIR,
      env: { ...env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', UV_THREADPOOL_SIZE: env.UV_THREADPOOL_SIZE ?? '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // What the build itself reports (an item left out, and why) goes into the site's log, line by line.
    let pending = '';
    child.stdout.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log(line.trim(), 'warn');
    });
    // Astro's own error output is not the site's log: the cause of a failure is logged by the caller.
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`astro build avslutades med kod ${code}: ${buildFailureCause(stderr)}`));
    });
  });
}

interface OpenDataQuestion {
  url: string;
  topic: string;
  question_title: string;
  question: string;
  answer: string;
}

/** Pagefind holds about 150 KB per record while it writes an index; shards keep that bounded. */

/**
 * Indexes the questions for Pagefind from the open data file the build just wrote, rather than by
 * parsing every HTML page, in shards of a few thousand questions written one after the other, so
 * that memory stays flat however large the bank grows. The search page merges the shards listed
 * in /pagefind-shards.json. Swedish stemming ("skulder" finds "skuld") comes from the language.
 */
async function indexForSearch(clientDir: string): Promise<number> {
  const RECORDS_PER_SHARD = siteSettings().searchShardSize;
  const { questions } = JSON.parse(fs.readFileSync(path.join(clientDir, 'oppna-data', 'fragor.json'), 'utf8')) as {
    questions: OpenDataQuestion[];
  };
  const bundles: string[] = [];
  for (let shard = 0; shard * RECORDS_PER_SHARD < Math.max(questions.length, 1); shard++) {
    const bundle = shard === 0 ? 'pagefind' : `pagefind-${shard}`;
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
    if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
    try {
      const records = questions.slice(shard * RECORDS_PER_SHARD, (shard + 1) * RECORDS_PER_SHARD);
      for (let i = 0; i < records.length; i += 100) {
        const added = await Promise.all(
          records.slice(i, i + 100).map((q) =>
            index.addCustomRecord({
              url: new URL(q.url).pathname,
              content: searchableText({ title: q.question_title, question: q.question, answer: q.answer }),
              language: 'sv',
              meta: { title: q.question_title },
              filters: q.topic ? { ämne: [q.topic] } : {},
            }),
          ),
        );
        const failed = added.flatMap((a) => a.errors);
        if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: path.join(clientDir, bundle) });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    bundles.push(`/${bundle}/`);
  }
  fs.writeFileSync(path.join(clientDir, 'pagefind-shards.json'), JSON.stringify(bundles));
  return questions.length;
}

export async function buildRelease(env: NodeJS.ProcessEnv = process.env, log: Log = createLog(false)): Promise<Release> {
  const RELEASES_DIR = releasesDir();
  const started = Date.now();
  const id = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(RELEASES_DIR, id);
  fs.mkdirSync(dir, { recursive: true });
  try {
    await runAstroBuild(dir, env, log);
    const pages = await indexForSearch(path.join(dir, 'client'));
    const release: Release = { id, dir, builtAt: new Date().toISOString(), fetchedAt: started, buildMs: Date.now() - started, pages };
    fs.writeFileSync(path.join(dir, MARKER), JSON.stringify(release, null, 2));
    return release;
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export function latestRelease(): Release | null {
  const RELEASES_DIR = releasesDir();
  if (!fs.existsSync(RELEASES_DIR)) return null;
  const ids = fs.readdirSync(RELEASES_DIR).sort().reverse();
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
  const ids = fs.readdirSync(RELEASES_DIR).sort().reverse();
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
