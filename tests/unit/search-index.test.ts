import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexForSearch, indexShards, searchWriters, turns } from '../../site/server/search-index';
import { openSearchPacks } from '../../site/server/search-pack';

/** The real Pagefind, over a few shards of records as the build's first step writes them. */

const made: string[] = [];
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const SHARDS = 3;
function records(): string {
  const dir = folder();
  for (let shard = 0; shard < SHARDS; shard++) {
    const rows = Array.from({ length: 4 }, (_, i) => ({
      url: `/fragor/fraga-${shard}-${i}`,
      title: `Fråga ${shard}-${i}`,
      content: `Fråga ${shard}-${i}. Jag har skulder och vet inte vad jag ska göra 💸 del${shard}x${i}.`,
      topic: 'ekonomi',
    }));
    fs.writeFileSync(path.join(dir, `shard-${shard}.json`), JSON.stringify(rows));
  }
  return dir;
}

/** Whether a Pagefind service this process started is still running, after a moment to exit. */
async function pagefindRunning(): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    try {
      execFileSync('pgrep', ['-P', String(process.pid), 'pagefind_extend']);
    } catch {
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

describe('the search index, built in two lanes', () => {
  it('indexes every shard into its bundle and pack, and knows each fragment’s question', async () => {
    const release = folder();
    const result = await indexForSearch(release, records());
    expect(result).toEqual({ records: SHARDS * 4, shards: SHARDS, reused: 0 });
    expect(JSON.parse(fs.readFileSync(path.join(release, 'client', 'pagefind-shards.json'), 'utf8'))).toEqual(['/pagefind/', '/pagefind-1/', '/pagefind-2/']);
    const packs = openSearchPacks(release)!;
    for (const bundle of ['pagefind', 'pagefind-1', 'pagefind-2']) {
      expect(fs.existsSync(path.join(release, 'client', bundle, 'pagefind.js')), bundle).toBe(true);
      const index = JSON.parse(fs.readFileSync(path.join(release, 'data', 'sokindex', `${bundle}.json`), 'utf8')) as { owners: Record<string, string> };
      const fragments = Object.keys(index.owners);
      expect(fragments).toHaveLength(4);
      const shard = bundle === 'pagefind' ? 0 : Number(bundle.slice('pagefind-'.length));
      expect(Object.values(index.owners).sort()).toEqual([0, 1, 2, 3].map((i) => `fraga-${shard}-${i}`));
      expect(packs.file(`/${bundle}/${fragments[0]}`)!.read().length).toBeGreaterThan(0);
    }
    expect(await pagefindRunning()).toBe(false);
  }, 60_000);

  it('adds while Astro runs but writes nothing until it is done, then writes every shard', async () => {
    const release = folder();
    let astroDone!: () => void;
    const writeAfter = new Promise<void>((resolve) => (astroDone = resolve));
    let finished = false;
    const indexing = indexShards(release, records(), [0, 1, 2], { writeAfter }).then(() => (finished = true));
    // Long enough for a few records to be added and written many times over.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(finished).toBe(false);
    expect(fs.existsSync(path.join(release, 'data', 'sokindex'))).toBe(false);
    expect(fs.existsSync(path.join(release, 'client'))).toBe(false);
    // Both lanes' services are up and adding, not one.
    expect(execFileSync('pgrep', ['-P', String(process.pid), 'pagefind_extend']).toString().trim().split('\n')).toHaveLength(2);
    astroDone();
    await indexing;
    for (const bundle of ['pagefind', 'pagefind-1', 'pagefind-2']) {
      expect(fs.existsSync(path.join(release, 'data', 'sokindex', `${bundle}.pack`)), bundle).toBe(true);
      expect(fs.existsSync(path.join(release, 'client', bundle, 'pagefind.js')), bundle).toBe(true);
    }
    expect(await pagefindRunning()).toBe(false);
  }, 60_000);

  it('writes the same index with two shards written at once as with one at a time', async () => {
    const dir = records();
    const one = folder();
    const two = folder();
    await indexShards(one, dir, [0, 1, 2], { writers: 1 });
    await indexShards(two, dir, [0, 1, 2], { writers: 2 });
    for (const bundle of ['pagefind', 'pagefind-1', 'pagefind-2']) {
      for (const file of [`${bundle}.pack`, `${bundle}.json`]) {
        expect(fs.readFileSync(path.join(two, 'data', 'sokindex', file)).equals(fs.readFileSync(path.join(one, 'data', 'sokindex', file))), file).toBe(true);
      }
    }
    expect(await pagefindRunning()).toBe(false);
  }, 60_000);

  it('lets as many write at once as it is told, none before the gate, and the others in the order they asked', async () => {
    for (const writers of [1, 2]) {
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      const turn = turns(writers, gate);
      const log: string[] = [];
      const writer = async (name: string) => {
        const done = await turn();
        log.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        log.push(`${name} out`);
        done();
        done(); // saying it twice frees one place, not two
      };
      const all = Promise.all(['a', 'b', 'c'].map(writer));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(log).toEqual([]);
      open();
      await all;
      expect(log).toEqual(
        writers === 1
          ? ['a in', 'a out', 'b in', 'b out', 'c in', 'c out']
          : ['a in', 'b in', 'a out', 'c in', 'b out', 'c out'],
      );
    }
  });

  it('writes two shards at once only where the bank is large enough to need the memory anyway, unless told', () => {
    expect(searchWriters(0, 10_000)).toBe(1);
    expect(searchWriters(0, 25_000)).toBe(1);
    expect(searchWriters(0, 50_000)).toBe(2);
    expect(searchWriters(1, 50_000)).toBe(1);
    expect(searchWriters(2, 100)).toBe(2);
    // There are two lanes: a third writer would have no service to write.
    expect(searchWriters(5, 100)).toBe(2);
  });

  it('fails when a shard cannot be read, once both lanes have stopped, and leaves no Pagefind running', async () => {
    const release = folder();
    // Lane 0 gets shards 0 and 1, lane 1 gets shard 7 (no such file) and then 2.
    await expect(indexShards(release, records(), [0, 7, 1, 2])).rejects.toThrow(/ENOENT/);
    for (const bundle of ['pagefind-1', 'pagefind-2', 'pagefind-7']) {
      expect(fs.existsSync(path.join(release, 'data', 'sokindex', `${bundle}.pack`)), bundle).toBe(false);
      expect(fs.existsSync(path.join(release, 'client', bundle)), bundle).toBe(false);
    }
    expect(await pagefindRunning()).toBe(false);
  }, 60_000);

  it('fails, and stops the service, when Pagefind stops answering, instead of waiting for ever', async () => {
    const release = folder();
    const dir = folder();
    // Enough text that adding it takes a while, so that the service is stopped in the middle.
    const text = 'Jag har skulder och vet inte vad jag ska göra med hyran och räkningarna. '.repeat(20);
    fs.writeFileSync(path.join(dir, 'shard-0.json'), JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ url: `/fragor/f-${i}`, title: `F ${i}`, content: `${text} ${i}`, topic: '' }))));
    const started = Date.now();
    const indexing = indexShards(release, dir, [0], { timeoutMs: 3000 });
    // A service that hangs (SIGSTOP) answers nothing and never exits: the package would wait for ever.
    let stopped = false;
    while (!stopped && Date.now() - started < 10_000) {
      try {
        execFileSync('pkill', ['-STOP', '-P', String(process.pid), 'pagefind_extend']);
        stopped = true;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    expect(stopped).toBe(true);
    await expect(indexing).rejects.toThrow('Pagefind svarade inte på 3 s');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(fs.existsSync(path.join(release, 'data', 'sokindex', 'pagefind.pack'))).toBe(false);
    // It was told to stop: once it runs again, it ends at once.
    execFileSync('pkill', ['-CONT', '-P', String(process.pid), 'pagefind_extend']);
    expect(await pagefindRunning()).toBe(false);
  }, 60_000);
});
