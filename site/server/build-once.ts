/** `npm run build -w site`: one release from the CMS, then exit (used by the benchmark and by hand).
 * `-- --full` builds everything anew instead of reusing what the last release had unchanged. */
import { buildRelease, pruneReleases } from './build.ts';
import { createLog } from './log.ts';

const release = await buildRelease(process.env, createLog(false), { full: process.argv.includes('--full') });
pruneReleases(release);
console.log(`Byggt: ${release.dir} (${(release.buildMs / 1000).toFixed(1)} s, ${release.pages} sidor i sökindexet)`);
