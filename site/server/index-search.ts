/**
 * The build's search step, in a process of its own: `node server/index-search.ts <data folder>
 * <SEARCH_WRITERS> [release before]`. It indexes the records the first step wrote into the data folder
 * (search-index.ts), and says what it did in searchResultFile, for build.ts.
 *
 * It starts as soon as the records are written, beside Astro, at the lowest priority: Astro leaves
 * about half a core of two unused, and the search step plans and adds its first shards in that,
 * while it would slow Astro down as much as it gained at the same priority. It writes nothing until
 * its standard input closes, which build.ts does when Astro is done (IndexOptions.writeAfter says
 * why). On a server that also answers citizens and editors, the index then takes second place to
 * them: a published answer's page is live before the index has it anyway (fresh-pages.ts).
 *
 * Its own process rather than the site server's, so that what Pagefind's messages leave on the
 * heap (about 170 MiB at 10,000 questions) is given back when it ends instead of kept.
 */
import fs from 'node:fs';
import os from 'node:os';
import { searchRecordsDir, searchResultFile } from './build-data.ts';
import { indexForSearch } from './search-index.ts';

const [dir, configuredWriters, previous] = process.argv.slice(2);
if (!dir) throw new Error('Ange datamappen.');
try {
  // The Pagefind services it starts inherit it.
  os.setPriority(19);
} catch {
  // A system that does not let a process lower its own priority builds at the same one.
}
const astroDone = new Promise<void>((resolve) => {
  process.stdin.once('close', resolve);
  process.stdin.resume();
});
const result = await indexForSearch(dir, searchRecordsDir(dir), previous || undefined, { writeAfter: astroDone, configuredWriters: Number(configuredWriters) || 0 });
fs.writeFileSync(searchResultFile(dir), JSON.stringify(result));
process.exit(0);
