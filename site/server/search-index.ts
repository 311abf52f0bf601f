import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { OpenDataRow } from '../src/lib/open-data.ts';
import { answerBoilerplate } from './answer-boilerplate.ts';
import { searchableText } from './search-text.ts';

/**
 * The search index, built with Pagefind from the open data rows rather than by parsing every HTML
 * page. The questions are split into shards by a hash of their address, so a question stays in its
 * shard as others come and go, and a shard whose questions are all as they were is copied from the
 * release before instead of being indexed again: a publish re-indexes one shard. The build's first
 * step writes each shard's records to a file of its own (searchRecords), and the shards are
 * indexed one after the other from those, so that neither step holds more than one shard for
 * Pagefind however large the bank grows. The search page merges the shards listed in
 * /pagefind-shards.json. Swedish stemming ("skulder" finds "skuld") comes from the language. The
 * greeting and sign-off that many answers share are left out of the index (answer-boilerplate.ts).
 */

interface ShardRecord {
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

function shardOf(url: string, shards: number): number {
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

async function writeShard(records: ShardRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv' });
  if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
  try {
    for (let i = 0; i < records.length; i += 100) {
      const added = await Promise.all(
        records.slice(i, i + 100).map((r) =>
          index.addCustomRecord({ url: r.url, content: r.content, language: 'sv', meta: { title: r.title }, filters: r.topic ? { ämne: [r.topic] } : {} }),
        ),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
}

const recordsFile = (recordsDir: string, shard: number) => path.join(recordsDir, `shard-${shard}.json`);

/** The questions' search records, gathered row by row and written a file a shard, each sorted by address. */
export function searchRecords(count: number, shardSize: number) {
  const shardCount = Math.max(1, Math.ceil(count / shardSize));
  const boilerplate = answerBoilerplate(count);
  const shards: Array<Array<{ url: string; row: OpenDataRow; edges: ReturnType<typeof boilerplate.edges> }>> = Array.from({ length: shardCount }, () => []);
  return {
    /** A question's row of open data, and its answer as Markdown (whose paragraphs the row has lost). */
    add(row: OpenDataRow, answerMarkdown: string): void {
      const url = new URL(row.url).pathname;
      shards[shardOf(url, shardCount)].push({ url, row, edges: boilerplate.edges(answerMarkdown) });
    },
    write(recordsDir: string): void {
      fs.mkdirSync(recordsDir, { recursive: true });
      for (const [shard, rows] of shards.entries()) {
        const records: ShardRecord[] = rows.map(({ url, row, edges }) => ({
          url,
          content: searchableText({ title: row.question_title, question: row.question, answer: boilerplate.strip(row.answer, edges) }),
          title: row.question_title,
          topic: row.topic,
        }));
        records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
        fs.writeFileSync(recordsFile(recordsDir, shard), JSON.stringify(records));
        shards[shard] = [];
      }
    },
  };
}

/**
 * Indexes the records in `recordsDir` into the release in `releaseDir`; shards unchanged since
 * `previousDir` (a complete release built from the same code) are copied from it.
 */
export async function indexForSearch(releaseDir: string, recordsDir: string, previousDir?: string): Promise<IndexResult> {
  const clientDir = path.join(releaseDir, 'client');
  const shardCount = fs.readdirSync(recordsDir).filter((name) => /^shard-\d+\.json$/.test(name)).length;
  const previousKeys = readShardKeys(previousDir);
  const keys: string[] = [];
  let reused = 0;
  let records = 0;
  // One Pagefind service for every shard: starting it anew for each was slower.
  try {
    for (let shard = 0; shard < shardCount; shard++) {
      const text = fs.readFileSync(recordsFile(recordsDir, shard), 'utf8');
      const key = crypto.createHash('sha256').update(JSON.stringify([PAGEFIND_VERSION, shardCount])).update(text).digest('base64url');
      keys.push(key);
      const shardRecords = JSON.parse(text) as ShardRecord[];
      records += shardRecords.length;
      const output = path.join(clientDir, bundleName(shard));
      const before = previousDir && path.join(previousDir, 'client', bundleName(shard));
      if (before && previousKeys[shard] === key && fs.existsSync(before)) {
        linkTree(before, output);
        reused += 1;
      } else {
        await writeShard(shardRecords, output);
      }
    }
  } finally {
    await pagefind.close();
  }
  fs.writeFileSync(path.join(clientDir, 'pagefind-shards.json'), JSON.stringify(keys.map((_, i) => `/${bundleName(i)}/`)));
  fs.writeFileSync(path.join(releaseDir, SHARDS_FILE), JSON.stringify(keys));
  return { records, shards: shardCount, reused };
}
