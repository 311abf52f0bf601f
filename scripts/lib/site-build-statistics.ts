/**
 * For bench:stats: what the statistics pages (/statistik and its three open-data files) add to the
 * site's Astro build. The same sources, CMS and settings are built with those pages and without
 * them, in turns, so that a slow minute on the machine falls on both. "Without" is a copy of site/
 * beside it with the four pages removed (Astro builds every file under src/pages): the working tree
 * is never touched, and the copy is removed afterwards. Pagefind's search index is left out of both:
 * it indexes question pages only and is the same either way.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { summarise, type Summary } from './bench-report.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE_DIR = path.join(ROOT, 'site');

export const STATISTICS_PAGES = [
  'src/pages/statistik.astro',
  'src/pages/oppna-data/statistik.json.ts',
  'src/pages/oppna-data/statistik.csv.ts',
  'src/pages/oppna-data/statistik.schema.json.ts',
];

/** Build times in seconds. */
export interface SiteBuildComparison {
  with: Summary;
  without: Summary;
  /** median with − median without */
  added: number;
}

/** One `astro build` of the site in `dir` into a fresh folder; milliseconds. */
async function astroBuild(dir: string, env: NodeJS.ProcessEnv, expectStatistics: boolean): Promise<number> {
  // Inside the site's folder, as the site server's releases are: the built code finds its packages from there.
  fs.mkdirSync(path.join(dir, 'releases-test'), { recursive: true });
  const out = fs.mkdtempSync(path.join(dir, 'releases-test', 'bench-'));
  const bin = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'build', '--silent'], {
        cwd: dir,
        env: { ...env, SITE_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
        // The build names each bench case it leaves out (they have no answer): not this bench's business.
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build i ${dir} slutade med ${code}: ${stderr.slice(-2000)}`))));
    });
    const ms = performance.now() - started;
    // The comparison holds only if the one build has the page and the other does not.
    const built = fs.existsSync(path.join(out, 'client', 'statistik.html')) || fs.existsSync(path.join(out, 'statistik.html'));
    if (built !== expectStatistics) throw new Error(`Bygget i ${dir} ${built ? 'har' : 'saknar'} statistik.html, tvärt emot vad jämförelsen kräver.`);
    return ms;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/** A copy of site/ without the statistics pages, inside the repository so that it finds the same packages. */
function siteWithoutStatistics(): string {
  const dir = path.join(ROOT, `.bench-site-${randomBytes(4).toString('hex')}`);
  const skip = /^(node_modules|dist|releases[^/]*|\.astro)(\/|$)/;
  fs.cpSync(SITE_DIR, dir, { recursive: true, filter: (source) => !skip.test(path.relative(SITE_DIR, source)) });
  fs.symlinkSync(path.join(SITE_DIR, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const page of STATISTICS_PAGES) fs.rmSync(path.join(dir, page));
  return dir;
}

export async function compareSiteBuilds(options: {
  cmsUrl: string;
  readToken: string;
  repetitions: number;
  log: (line: string) => void;
}): Promise<SiteBuildComparison> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CMS_URL: options.cmsUrl,
    CMS_READ_TOKEN: options.readToken,
    SITE_URL: 'http://127.0.0.1:4321',
    // Only what is set here: no .env file of the developer's.
    FRAGELADAN_ENV_FILE: '',
  };
  const without = siteWithoutStatistics();
  const withMs: number[] = [];
  const withoutMs: number[] = [];
  try {
    for (let r = 0; r < options.repetitions; r++) {
      withMs.push(await astroBuild(SITE_DIR, env, true));
      withoutMs.push(await astroBuild(without, env, false));
      options.log(`  webbplatsbygge ${r + 1}: med statistiksidorna ${(withMs[r] / 1000).toFixed(1)} s, utan ${(withoutMs[r] / 1000).toFixed(1)} s`);
    }
  } finally {
    fs.rmSync(without, { recursive: true, force: true });
  }
  const withSummary = summarise(withMs.map((ms) => ms / 1000));
  const withoutSummary = summarise(withoutMs.map((ms) => ms / 1000));
  return { with: withSummary, without: withoutSummary, added: withSummary.median - withoutSummary.median };
}
