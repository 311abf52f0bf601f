import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Log } from './log.ts';
import { fragmentOwner } from './search-pack.ts';

/**
 * Which question each of a release's Pagefind fragment files holds. A fragment is a page's text as
 * the search shows it: the search page leaves a taken-down question out of its results, but the
 * fragment itself would stay fetchable, identifying detail and all, until the release is replaced.
 * The site server asks here while a takedown holds and answers 410 for a taken-down question's
 * fragments. The fragments are read on first need, in the background (a takedown is rare; 10,000
 * fragments took 0.66 s on this project's 2-core machine); until then, owner() says it does not know.
 */

const FRAGMENT = /^\/pagefind(?:-\d+)?\/fragment\/[^/]+\.pf_fragment$/;

export const isSearchFragment = (name: string) => FRAGMENT.test(name);

async function readOwners(clientDir: string): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  // The release's own list of its search bundles (search-index.ts), as the search page reads it: ["/pagefind/", …].
  const bundles = JSON.parse(fs.readFileSync(path.join(clientDir, 'pagefind-shards.json'), 'utf8')) as string[];
  for (const bundle of bundles) {
    const dir = path.join(clientDir, bundle, 'fragment');
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir);
    for (const [i, file] of files.entries()) {
      // A few hundred at a time, so that the pages keep being served while this runs.
      if (i % 200 === 199) await nextTurn();
      const slug = fragmentOwner(fs.readFileSync(path.join(dir, file)));
      if (slug !== null) owners.set(`${bundle}fragment/${file}`, slug);
    }
  }
  return owners;
}

export function createSearchFragments(clientDir: string, log: Log) {
  let owners: Map<string, string> | undefined;
  let reading: Promise<void> | undefined;

  function read(): void {
    reading ??= readOwners(clientDir).then(
      (found) => {
        owners = found;
      },
      (error: Error) => {
        log(`Sökindexets fragment gick inte att läsa (${error.message}); de borttagna frågornas fragment spärras inte.`, 'error');
        owners = new Map();
      },
    );
  }

  return {
    /** Starts reading the fragments, unless that has begun. */
    read,
    /** The question whose fragment this file of the release is, null for none, or undefined while not yet known. */
    owner(name: string): string | null | undefined {
      if (!owners) {
        read();
        return undefined;
      }
      return owners.get(name) ?? null;
    },
  };
}

export type SearchFragments = ReturnType<typeof createSearchFragments>;
