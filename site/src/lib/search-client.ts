/**
 * The browser's way into the site's own search index (Pagefind, built with the site). The index
 * comes in shards (see site/server/build.ts): the first is loaded and the rest merged in, once.
 * Questions unpublished since the index was built are left out of every search (the site server
 * lists them until the next release no longer has them; see site/server/takedowns.ts).
 */

/** Where the site server lists the pages taken down since the live release was built. */
export const TAKEDOWNS_PATH = '/borttagna-fragor.json';

export interface SearchResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}

interface Hit {
  id: string;
  score: number;
  data(): Promise<SearchResult>;
}

export interface Pagefind {
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(term: string): Promise<{ results: Hit[] }>;
}

let opened: Promise<Pagefind> | undefined;

const pagePath = (url: string) => url.replace(/(\.html)?\/?$/, '');

async function takenDown(): Promise<Set<string>> {
  try {
    return new Set((await (await fetch(TAKEDOWNS_PATH, { cache: 'no-store' })).json()) as string[]);
  } catch {
    return new Set();
  }
}

/** The hits minus the taken-down pages. Needed only for the seconds until the next release, so
 * each hit's data is simply loaded to learn its page; the server refuses a taken-down page's data
 * (site/server/search-fragments.ts), and a hit whose data does not load is left out. */
async function withoutTakenDown(hits: Hit[], gone: Set<string>): Promise<Hit[]> {
  if (gone.size === 0) return hits;
  const pages = await Promise.all(hits.map((hit) => hit.data().then((data) => pagePath(data.url), () => null)));
  return hits.filter((_, i) => pages[i] !== null && !gone.has(pages[i]));
}

async function open(): Promise<Pagefind> {
  const bundles = (await (await fetch('/pagefind-shards.json')).json()) as string[];
  // A plain variable, so that Vite leaves this import to the browser.
  const entry = bundles[0] + 'pagefind.js';
  const first = (await import(/* @vite-ignore */ entry)) as Pagefind;
  for (const bundle of bundles.slice(1)) await first.mergeIndex(bundle);
  await first.init();
  return {
    init: () => first.init(),
    mergeIndex: (url) => first.mergeIndex(url),
    async search(term) {
      const [found, gone] = await Promise.all([first.search(term), takenDown()]);
      return { ...found, results: await withoutTakenDown(found.results, gone) };
    },
  };
}

export function searchIndex(): Promise<Pagefind> {
  // A failed load (the site between two versions) is tried again at the next search, not kept.
  opened ??= open().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}
