import fs from 'node:fs';
import type { OpenDataRow } from '../src/lib/open-data.ts';
import { answerBoilerplate } from './answer-boilerplate.ts';
import { recordsFile, shardOf, type ShardRecord } from './search-index.ts';
import { searchableText } from './search-text.ts';

/**
 * The search index's side of the build's first step (fetch-bank.ts): each question's record as
 * Pagefind is to index it, written a file a shard for the search step (search-index.ts), which
 * needs neither the bank nor the Markdown renderer that cleaning an answer takes.
 */

/**
 * The questions' search records, gathered row by row as the bank's pages arrive and written a file
 * a shard, each sorted by address, once the last has: how many shards there are, and which answers'
 * greetings are common, is known only then.
 */
export function searchRecords(shardSize: number) {
  const boilerplate = answerBoilerplate();
  let rows: Array<{ url: string; row: OpenDataRow; edges: ReturnType<typeof boilerplate.edges> }> = [];
  return {
    /** A question's row of open data, and its answer as Markdown (whose paragraphs the row has lost). */
    add(row: OpenDataRow, answerMarkdown: string): void {
      rows.push({ url: new URL(row.url).pathname, row, edges: boilerplate.edges(answerMarkdown) });
    },
    write(recordsDir: string): void {
      fs.mkdirSync(recordsDir, { recursive: true });
      const shardCount = Math.max(1, Math.ceil(rows.length / shardSize));
      const shards: Array<typeof rows> = Array.from({ length: shardCount }, () => []);
      for (const item of rows) shards[shardOf(item.url, shardCount)].push(item);
      rows = [];
      // A shard's texts at a time: a national bank's would be a hundred megabytes at once.
      for (const [shard, items] of shards.entries()) {
        const records: ShardRecord[] = items.map(({ url, row, edges }) => ({
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
