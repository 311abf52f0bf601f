import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchFragments, isSearchFragment } from '../../site/server/search-fragments';

/** A release from before the packs (search-pack.ts), with each fragment a file in client/: still served while the first new build runs. */

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function legacyClient(): string {
  const client = fs.mkdtempSync(path.join(os.tmpdir(), 'search-fragments-'));
  made.push(client);
  fs.writeFileSync(path.join(client, 'pagefind-shards.json'), JSON.stringify(['/pagefind/', '/pagefind-1/']));
  const fragment = (bundle: string, name: string, url: string) => {
    fs.mkdirSync(path.join(client, bundle, 'fragment'), { recursive: true });
    fs.writeFileSync(path.join(client, bundle, 'fragment', name), zlib.gzipSync(`pagefind_dcd${JSON.stringify({ url, content: 'text' })}`));
  };
  fragment('pagefind', 'sv_a.pf_fragment', '/fragor/skulder');
  fragment('pagefind-1', 'sv_b.pf_fragment', '/fragor/%C3%A5ngest');
  fragment('pagefind-1', 'sv_c.pf_fragment', '/sok');
  return client;
}

describe('the fragments of a release with its search files in client/', () => {
  it('says it does not know until they are read, then names each fragment’s question', async () => {
    const fragments = createSearchFragments(legacyClient(), () => undefined);
    expect(fragments.owner('/pagefind/fragment/sv_a.pf_fragment')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fragments.owner('/pagefind/fragment/sv_a.pf_fragment')).toBe('skulder');
    expect(fragments.owner('/pagefind-1/fragment/sv_b.pf_fragment')).toBe('ångest');
    expect(fragments.owner('/pagefind-1/fragment/sv_c.pf_fragment')).toBeNull();
    expect(fragments.owner('/pagefind/fragment/sv_x.pf_fragment')).toBeNull();
  });

  it('knows a fragment’s address from the other files', () => {
    expect(isSearchFragment('/pagefind-1/fragment/sv_b.pf_fragment')).toBe(true);
    expect(isSearchFragment('/pagefind/index/sv_1.pf_index')).toBe(false);
    expect(isSearchFragment('/pagefind/pagefind.js')).toBe(false);
  });
});
