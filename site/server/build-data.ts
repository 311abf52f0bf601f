import path from 'node:path';

/**
 * The folder beside a release in which the build's steps hand their work to the next (build.ts):
 * the fetch step writes into it, Astro and the search step read from it, and what the release
 * keeps is moved into the release at the end. Its own module so that the build's process, which
 * only starts the steps, loads none of their code.
 */

/** The pages' bank; read by Astro (SITE_BANK_FILE), removed when the release is complete. */
export const bankFile = (dataDir: string) => path.join(dataDir, 'data', 'bank.json');

/** How many questions the fetch step wrote, which sizes Astro's heap; removed when the release is complete. */
export const questionCountFile = (dataDir: string) => path.join(dataDir, 'data', 'antal-fragor.json');

/** The search index's records, a file a shard (search-records.ts); not part of the release. */
export const searchRecordsDir = (dataDir: string) => path.join(dataDir, 'search-records');

/** What the search step did (IndexResult), for the build to read when it has ended (index-search.ts). */
export const searchResultFile = (dataDir: string) => path.join(searchRecordsDir(dataDir), 'result.json');
