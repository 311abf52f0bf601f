import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { linkSearchPack, openSearchPacks, writeSearchPack, type PackedFile } from '../../site/server/search-pack';

const made: string[] = [];
function release(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-pack-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fragment as Pagefind writes it: gzip of its signature and the page's JSON. */
const fragment = (url: string, content: string) => zlib.gzipSync(`pagefind_dcd${JSON.stringify({ url, content, meta: { title: content } })}`);

const files = (): PackedFile[] => [
  { path: 'pagefind.js', content: Buffer.from('export const search = 1;') },
  { path: 'fragment/sv_b.pf_fragment', content: fragment('/fragor/skulder-och-hyra', 'Hyran 💸 och\u0000 skulden') },
  { path: 'fragment/sv_a.pf_fragment', content: fragment('/fragor/%C3%A5ngest', 'Ångest') },
  { path: 'fragment/sv_c.pf_fragment', content: fragment('/sok', 'inte en fråga') },
  { path: 'index/sv_1.pf_index', content: Buffer.from([0, 1, 2, 255]) },
  { path: 'filter/sv_f.pf_filter', content: Buffer.alloc(3000, 7) },
];

describe('the search bundles packed into the release', () => {
  it('serves each packed file as it was given, with the question its fragment holds', () => {
    const dir = release();
    writeSearchPack(dir, 'pagefind-1', files());
    const packs = openSearchPacks(dir)!;
    for (const file of files().filter((f) => f.path !== 'pagefind.js')) {
      expect(packs.file(`/pagefind-1/${file.path}`)!.read().equals(Buffer.from(file.content)), file.path).toBe(true);
    }
    expect(packs.file('/pagefind-1/fragment/sv_b.pf_fragment')!.owner).toBe('skulder-och-hyra');
    expect(packs.file('/pagefind-1/fragment/sv_a.pf_fragment')!.owner).toBe('ångest');
    expect(packs.file('/pagefind-1/fragment/sv_c.pf_fragment')!.owner).toBeNull();
    expect(packs.file('/pagefind-1/index/sv_1.pf_index')!.owner).toBeNull();
    // What the search page starts from stays a file in client/, not in the pack.
    expect(packs.file('/pagefind-1/pagefind.js')).toBeNull();
  });

  it('finds a file however its address is written, and nothing else', () => {
    const dir = release();
    writeSearchPack(dir, 'pagefind', files());
    const packs = openSearchPacks(dir)!;
    for (const variant of ['/pagefind/fragment/sv_b.pf_fragment', '/pagefind//fragment/sv_b.pf_fragment', '/pagefind/fragment/sv_b%2Epf_fragment', '/pagefind%2Ffragment%2Fsv_b.pf_fragment']) {
      expect(packs.file(variant)?.name, variant).toBe('/pagefind/fragment/sv_b.pf_fragment');
    }
    for (const other of [
      '/pagefind/fragment/sv_x.pf_fragment',
      '/pagefind-1/fragment/sv_b.pf_fragment',
      '/pagefind/fragment/__proto__',
      '/pagefind/__proto__/sv_b.pf_fragment',
      '/pagefind/fragment/../index/sv_1.pf_index',
      '/pagefind/fragment/sv_b.pf_fragment/',
      '/pagefind/fragment/%00',
      '/pagefind/fragment/%E0%A4%A',
      '/andra/fragment/sv_b.pf_fragment',
    ]) {
      expect(packs.file(other), other).toBeNull();
    }
  });

  it('makes the same pack from the same files in any order, and links it into the next release', () => {
    const first = release();
    const second = release();
    writeSearchPack(first, 'pagefind', files());
    writeSearchPack(second, 'pagefind', files().reverse());
    const read = (dir: string, ext: string) => fs.readFileSync(path.join(dir, 'data', 'sokindex', `pagefind.${ext}`));
    expect(read(first, 'pack').equals(read(second, 'pack'))).toBe(true);
    expect(read(first, 'json').equals(read(second, 'json'))).toBe(true);
    const next = release();
    expect(linkSearchPack(first, next, 'pagefind')).toBe(true);
    expect(fs.statSync(path.join(next, 'data', 'sokindex', 'pagefind.pack')).ino).toBe(fs.statSync(path.join(first, 'data', 'sokindex', 'pagefind.pack')).ino);
    expect(openSearchPacks(next)!.file('/pagefind/fragment/sv_a.pf_fragment')!.owner).toBe('ångest');
  });

  it('fails to read from a pack cut shorter than its index, rather than serving zeros', () => {
    const dir = release();
    writeSearchPack(dir, 'pagefind', files());
    const pack = path.join(dir, 'data', 'sokindex', 'pagefind.pack');
    fs.truncateSync(pack, fs.statSync(pack).size - 10);
    const packs = openSearchPacks(dir)!;
    // In the order of their paths, the index chunk is last and the filter first.
    expect(() => packs.file('/pagefind/index/sv_1.pf_index')!.read()).toThrow(/slutar före/);
    expect(packs.file('/pagefind/filter/sv_f.pf_filter')!.read().equals(Buffer.from(files()[5].content))).toBe(true);
  });

  it('leaves a release without packs to its files in client/', () => {
    const dir = release();
    expect(openSearchPacks(dir)).toBeNull();
    expect(linkSearchPack(dir, release(), 'pagefind')).toBe(false);
  });
});
