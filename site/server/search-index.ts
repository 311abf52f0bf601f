import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPacked, linkSearchPack, writeSearchPack } from './search-pack.ts';

/**
 * The search index, built with Pagefind from the open data rows rather than by parsing every HTML
 * page. The questions are split into shards by a hash of their address, so a question stays in its
 * shard as others come and go, and a shard whose questions are all as they were is copied from the
 * release before instead of being indexed again: a publish re-indexes one shard. The build's first
 * step writes each shard's records to a file of its own (search-records.ts), and the shards are
 * indexed from those, so that no service holds more than one shard however large the bank grows.
 * The search page merges the shards listed in /pagefind-shards.json. Swedish stemming ("skulder"
 * finds "skuld") comes from the language. The greeting and sign-off that many answers share are
 * left out of the index (answer-boilerplate.ts). A bundle's thousands of small files go into one pack in the release's data (search-pack.ts); the
 * few the search page starts from stay files in client/.
 */

/** One question as Pagefind indexes it: what search-records.ts writes, a file a shard. */
export interface ShardRecord {
  url: string;
  content: string;
  title: string;
  topic: string;
}

/** What each shard held, kept with the release so that the next one can tell which it may copy. */
const SHARDS_FILE = 'search-shards.json';
const PAGEFIND_VERSION = pagefindVersion();

/** Part of each shard's key: another Pagefind may write another index from the same records. */
function pagefindVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

export interface IndexResult {
  records: number;
  shards: number;
  /** Shards copied from the release before. */
  reused: number;
}

const bundleName = (shard: number) => (shard === 0 ? 'pagefind' : `pagefind-${shard}`);

export function shardOf(url: string, shards: number): number {
  return crypto.createHash('sha256').update(url).digest().readUInt32BE(0) % shards;
}

function readShardKeys(releaseDir: string | undefined): string[] {
  if (!releaseDir) return [];
  try {
    const keys = JSON.parse(fs.readFileSync(path.join(releaseDir, SHARDS_FILE), 'utf8')) as unknown;
    return Array.isArray(keys) && keys.every((k) => typeof k === 'string') ? keys : [];
  } catch {
    return [];
  }
}

/** Pagefind never rewrites a file it wrote, so a kept shard is linked rather than copied. */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else fs.linkSync(source, target);
  }
}

type Pagefind = typeof import('pagefind');

const PAGEFIND = import.meta.resolve('pagefind');
/**
 * Pagefind's package runs one service per module instance, and a service indexes on little more
 * than one core; Node makes a module instance per URL, so each lane of indexForSearch has its own.
 */
const pagefindLane = (lane: number) => import(lane === 0 ? PAGEFIND : `${PAGEFIND}?lane=${lane}`) as Promise<Pagefind>;
const LANES = 2;

/**
 * Indexes one shard into the release: its bundle's few files into client/, the rest into its pack.
 * `turnToWrite` waits until fewer shards than the build allows are being written (searchWriters):
 * writing is where a service's memory peaks (about 280 MiB for 2,000 questions, against 64 MiB for
 * adding them), so as a rule one shard is added while another is written. A service keeps that
 * memory until it exits, so it is closed after each shard and the next one starts anew.
 */
async function writeShard(
  pagefind: Pagefind,
  records: ShardRecord[],
  releaseDir: string,
  bundle: string,
  turnToWrite: () => Promise<() => void>,
  stopped: () => boolean,
  timeoutMs: number,
): Promise<void> {
  const answer = <T>(call: Promise<T>) => answered(pagefind, call, timeoutMs);
  try {
    const { index, errors } = await answer(pagefind.createIndex({ forceLanguage: 'sv' }));
    if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
    for (let i = 0; i < records.length; i += 100) {
      const added = await answer(
        Promise.all(
          records.slice(i, i + 100).map((r) =>
            index.addCustomRecord({ url: r.url, content: r.content, language: 'sv', meta: { title: r.title }, filters: r.topic ? { ämne: [r.topic] } : {} }),
          ),
        ),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
    }
    const done = await turnToWrite();
    let written;
    try {
      // Another shard failed while this one waited: the build fails, and there is nothing to write.
      if (stopped()) return;
      written = await answer(index.getFiles());
    } finally {
      done();
    }
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const clientBundle = path.join(releaseDir, 'client', bundle);
    for (const file of written.files.filter((f) => !isPacked(f))) {
      const target = path.join(clientBundle, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
    }
    writeSearchPack(releaseDir, bundle, written.files);
  } finally {
    await pagefind.close();
  }
}

/** How long a call to Pagefind may go unanswered: writing 2,500 questions takes seconds. */
export const PAGEFIND_TIMEOUT_MS = 5 * 60_000;

/**
 * A call to Pagefind, failed (and its service closed) when it has not answered in `ms`: the package
 * never notices that its service has died (killed for memory, say), and the build would wait for
 * it, holding the build lock, for as long as the site server runs.
 */
async function answered<T>(pagefind: Pagefind, call: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void pagefind.close();
      reject(new Error(`Pagefind svarade inte på ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  try {
    return await Promise.race([call, silence]);
  } finally {
    clearTimeout(timer);
  }
}

/** At most `n` at a time, from `first` on, in the order asked: each caller says when it is done. */
export function turns(n: number, first: Promise<void>) {
  let free = n;
  const waiting: Array<() => void> = [];
  return async (): Promise<() => void> => {
    await first;
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    };
  };
}

/**
 * Above this many questions, two shards are written at once unless SEARCH_WRITERS says otherwise:
 * the second writer takes about 230 MiB more than a service adding, and a bank this large already
 * needs that much in the fetch step, which holds the whole bank (805 MiB at 50,000 questions).
 * Measured at 50,000 questions, one build after the other: two writers 85.7 s and 953 MiB (the
 * search after Astro 49.6 s), one 94.2 s and 794 MiB (59.8 s).
 */
const TWO_WRITERS_FROM = 25_000;

/** How many shards Pagefind may write at once: `configured` (SEARCH_WRITERS), or 0 to choose by the bank. */
export function searchWriters(configured: number, questions: number): number {
  if (configured > 0) return Math.min(configured, LANES);
  return questions > TWO_WRITERS_FROM ? 2 : 1;
}

const RECORD_START = '{"url":';
export const recordsFile = (recordsDir: string, shard: number) => path.join(recordsDir, `shard-${shard}.json`);

export interface SearchPlan extends IndexResult {
  /** The shards to index anew: those not kept from the release before. */
  toIndex: number[];
}

/**
 * What the search index of the release in `releaseDir` is to be, from the records in `recordsDir`:
 * each shard whose records are as they were in `previousDir` (a complete release built from the same
 * code) is linked from there at once, and the others are left to indexShards.
 */
export function planSearchIndex(releaseDir: string, recordsDir: string, previousDir?: string): SearchPlan {
  const clientDir = path.join(releaseDir, 'client');
  const shardCount = fs.readdirSync(recordsDir).filter((name) => /^shard-\d+\.json$/.test(name)).length;
  const previousKeys = readShardKeys(previousDir);
  const keys: string[] = [];
  const toIndex: number[] = [];
  let reused = 0;
  let records = 0;
  for (let shard = 0; shard < shardCount; shard++) {
    const text = fs.readFileSync(recordsFile(recordsDir, shard), 'utf8');
    const key = crypto.createHash('sha256').update(JSON.stringify([PAGEFIND_VERSION, shardCount])).update(text).digest('base64url');
    keys.push(key);
    // Counted without parsing: searchRecords writes each record with its url first, and inside a
    // JSON string a quote is escaped, so `{"url":` begins records and nothing else.
    for (let at = text.indexOf(RECORD_START); at !== -1; at = text.indexOf(RECORD_START, at + 1)) records += 1;
    const bundle = bundleName(shard);
    const kept = previousDir && previousKeys[shard] === key && fs.existsSync(path.join(previousDir, 'client', bundle)) ? previousDir : null;
    if (kept && linkSearchPack(kept, releaseDir, bundle)) {
      linkTree(path.join(kept, 'client', bundle), path.join(clientDir, bundle));
      reused += 1;
    } else {
      toIndex.push(shard);
    }
  }
  fs.mkdirSync(clientDir, { recursive: true });
  fs.writeFileSync(path.join(clientDir, 'pagefind-shards.json'), JSON.stringify(keys.map((_, i) => `/${bundleName(i)}/`)));
  fs.writeFileSync(path.join(releaseDir, SHARDS_FILE), JSON.stringify(keys));
  return { records, shards: shardCount, reused, toIndex };
}

export interface IndexOptions {
  /**
   * Nothing is written until this has settled, though both lanes add their first shard: the build
   * runs Astro until then (index-search.ts), and a service writing (280 MiB for 2,000 questions)
   * beside it would take the build over its memory target, where one adding takes 64 MiB.
   */
  writeAfter?: Promise<void>;
  /** How many shards may be written at once (searchWriters); one unless said. */
  writers?: number;
  /** How long a call to Pagefind may go unanswered (PAGEFIND_TIMEOUT_MS). */
  timeoutMs?: number;
}

/**
 * Indexes these shards into the release, in two lanes with a Pagefind service each, so that one
 * shard is added while another is written. Measured at 10,000 questions on two cores, one written at
 * a time: the search index took 10.6–11.8 s, and 15.5–17.0 s in one service, in runs the same hour.
 */
export async function indexShards(releaseDir: string, recordsDir: string, shards: number[], options: IndexOptions = {}): Promise<void> {
  const writeAfter = options.writeAfter ?? Promise.resolve();
  const turnToWrite = turns(options.writers ?? 1, writeAfter);
  // The first lane's failure is the build's: a lane that stops because of it has nothing to add.
  const failures: unknown[] = [];
  const stopped = () => failures.length > 0;
  // A lane takes the next shard when it is free rather than every other one: with five shards, the
  // lane that had the fourth would sit idle while the other wrote the third and only then added the
  // fifth (about a second at 10,000 questions).
  let next = 0;
  const lane = async (n: number) => {
    for (let i = next++; i < shards.length && !stopped(); i = next++) {
      try {
        const pagefind = await pagefindLane(n);
        const records = JSON.parse(fs.readFileSync(recordsFile(recordsDir, shards[i]), 'utf8')) as ShardRecord[];
        await writeShard(pagefind, records, releaseDir, bundleName(shards[i]), turnToWrite, stopped, options.timeoutMs ?? PAGEFIND_TIMEOUT_MS);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  // Both lanes are waited for, so that neither still writes into a release that a failure removes.
  await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
  if (stopped()) throw failures[0];
}

/**
 * Plans the release's search index and indexes what it cannot keep from `previousDir` (indexShards),
 * as many shards written at once as `configuredWriters` (SEARCH_WRITERS) gives for a bank this size.
 */
export async function indexForSearch(
  releaseDir: string,
  recordsDir: string,
  previousDir?: string,
  options: { writeAfter?: Promise<void>; configuredWriters?: number } = {},
): Promise<IndexResult> {
  const { toIndex, ...result } = planSearchIndex(releaseDir, recordsDir, previousDir);
  const writers = searchWriters(options.configuredWriters ?? 0, result.records);
  await indexShards(releaseDir, recordsDir, toIndex, { writeAfter: options.writeAfter, writers });
  return result;
}
