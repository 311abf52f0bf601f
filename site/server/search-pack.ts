import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { isPlace, readPlace, type Place } from './file-places.ts';
import { filePath, questionSlug } from './takedowns.ts';

/**
 * A search bundle's many small files (its fragments, index chunks and filters: about one a question)
 * kept in one file of the release, data/sokindex/<bundle>.pack, with each file's place and, for a
 * fragment, the question whose text it holds, in <bundle>.json; the site server answers for them
 * from there. Creating ten thousand files took the search step longer than indexing did, and more
 * the more recently files had been removed from the disk (a release pruned seconds before): measured
 * at 10,000 questions on this project's 2-core machine, 13–16 s for Pagefind's own writing against
 * 8–9 s for the same files handed to Node and written as packs, and 25 s against 14 s right after a
 * release was removed. The few files a bundle starts from (pagefind.js, its worker, the language's
 * WebAssembly) stay files in client/, where the search page loads them.
 *
 * Knowing each fragment's question when the release is built, the server can refuse a taken-down
 * question's text from the first request, without reading the fragments first.
 */

export interface PackedFile {
  /** The file's path inside its bundle, as Pagefind names it: `fragment/sv_…pf_fragment`. */
  path: string;
  content: Uint8Array;
}

interface PackIndex {
  /** Each file's [byte offset, byte length] in the pack. */
  files: Record<string, Place>;
  /** Each fragment's question, by its slug. */
  owners: Record<string, string>;
}

const PACKED = /^(?:fragment|index|filter)\/[^/]+$/;
/** What Pagefind puts before the JSON of every file it compresses. */
const SIGNATURE = 'pagefind_dcd';

const packDir = (releaseDir: string) => path.join(releaseDir, 'data', 'sokindex');
const packFile = (releaseDir: string, bundle: string) => path.join(packDir(releaseDir), `${bundle}.pack`);
const indexFile = (releaseDir: string, bundle: string) => path.join(packDir(releaseDir), `${bundle}.json`);

/** Whether a bundle's file belongs in its pack rather than in client/. */
export const isPacked = (file: PackedFile) => PACKED.test(file.path);

/** The question a fragment holds, from the page address Pagefind keeps in it; null for another page. */
export function fragmentOwner(content: Uint8Array): string | null {
  const text = zlib.gunzipSync(content).toString('utf8');
  const { url } = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as { url?: unknown };
  return typeof url === 'string' ? questionSlug(url) : null;
}

/** Writes a bundle's packed files (isPacked) in the order of their paths, so that equal bundles make equal packs. */
export function writeSearchPack(releaseDir: string, bundle: string, files: PackedFile[]): void {
  const sorted = files.filter(isPacked).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const index: PackIndex = { files: {}, owners: {} };
  let offset = 0;
  for (const file of sorted) {
    index.files[file.path] = [offset, file.content.length];
    offset += file.content.length;
    if (file.path.startsWith('fragment/')) {
      const owner = fragmentOwner(file.content);
      if (owner !== null) index.owners[file.path] = owner;
    }
  }
  fs.mkdirSync(packDir(releaseDir), { recursive: true });
  fs.writeFileSync(packFile(releaseDir, bundle), Buffer.concat(sorted.map((file) => file.content)));
  fs.writeFileSync(indexFile(releaseDir, bundle), JSON.stringify(index));
}

/** The pack of a bundle kept from the release before: linked, since a release never rewrites its files. */
export function linkSearchPack(fromRelease: string, toRelease: string, bundle: string): boolean {
  if (!fs.existsSync(packFile(fromRelease, bundle)) || !fs.existsSync(indexFile(fromRelease, bundle))) return false;
  fs.mkdirSync(packDir(toRelease), { recursive: true });
  fs.linkSync(packFile(fromRelease, bundle), packFile(toRelease, bundle));
  fs.linkSync(indexFile(fromRelease, bundle), indexFile(toRelease, bundle));
  return true;
}

export interface SearchFile {
  /** Its address, as the bundle's own files name it. */
  name: string;
  /** The question whose text it holds (a fragment), or null. */
  owner: string | null;
  etag: string;
  read(): Buffer;
}

export interface SearchPacks {
  /** The packed file a request's path reaches, however it was written, or null. */
  file(pathname: string): SearchFile | null;
}

/**
 * The packs of a release, read when the server takes it into use, or null for a release that has
 * its search files in client/ (built before the packs: the server still serves it, from there).
 */
export function openSearchPacks(releaseDir: string): SearchPacks | null {
  const dir = packDir(releaseDir);
  if (!fs.existsSync(dir)) return null;
  const bundles = new Map<string, { pack: string; places: Map<string, Place>; owners: Map<string, string> }>();
  for (const name of fs.readdirSync(dir)) {
    const bundle = /^(pagefind(?:-\d+)?)\.json$/.exec(name)?.[1];
    if (!bundle) continue;
    const raw = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Partial<PackIndex>;
    const places = new Map<string, Place>();
    for (const [file, place] of Object.entries(raw.files ?? {})) if (isPlace(place)) places.set(file, place);
    const owners = new Map<string, string>();
    for (const [file, slug] of Object.entries(raw.owners ?? {})) if (typeof slug === 'string') owners.set(file, slug);
    bundles.set(bundle, { pack: packFile(releaseDir, bundle), places, owners });
  }
  return {
    file(pathname) {
      const decoded = filePath(pathname);
      const match = decoded === null ? null : /^\/(pagefind(?:-\d+)?)\/((?:fragment|index|filter)\/[^/]+)$/.exec(decoded);
      if (!match) return null;
      const bundle = bundles.get(match[1]);
      const place = bundle?.places.get(match[2]);
      if (!bundle || !place) return null;
      return {
        name: `/${match[1]}/${match[2]}`,
        owner: bundle.owners.get(match[2]) ?? null,
        // The names are Pagefind's hashes of the content: the place tells one version from another.
        etag: `W/"${place[1]}-${place[0]}"`,
        read: () => readPlace(bundle.pack, place),
      };
    },
  };
}
