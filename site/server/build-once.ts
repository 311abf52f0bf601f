/** `npm run build -w site`: one release from the CMS, then exit (used by the benchmark and by hand). */
import { buildRelease, pruneReleases } from './build.ts';

const release = await buildRelease(process.env);
pruneReleases(release);
console.log(`Byggt: ${release.dir} (${(release.buildMs / 1000).toFixed(1)} s, ${release.pages} sidor i sökindexet)`);
