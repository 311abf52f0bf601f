/**
 * The browser's way into the site's own search index (Pagefind, built with the site). The index
 * comes in shards (see site/server/build.ts): the first is loaded and the rest merged in, once.
 */

export interface SearchResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}

export interface Pagefind {
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(term: string): Promise<{ results: Array<{ id: string; score: number; data(): Promise<SearchResult> }> }>;
}

let opened: Promise<Pagefind> | undefined;

async function open(): Promise<Pagefind> {
  const bundles = (await (await fetch('/pagefind-shards.json')).json()) as string[];
  // A plain variable, so that Vite leaves this import to the browser.
  const entry = bundles[0] + 'pagefind.js';
  const first = (await import(/* @vite-ignore */ entry)) as Pagefind;
  for (const bundle of bundles.slice(1)) await first.mergeIndex(bundle);
  await first.init();
  return first;
}

export function searchIndex(): Promise<Pagefind> {
  opened ??= open();
  return opened;
}
