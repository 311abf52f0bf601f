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

