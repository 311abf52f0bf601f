import path from 'node:path';
import serviceConfig from '@frageladan/config';
import type { Question } from './cms.ts';
import { questionPath } from './bank.ts';
import { bufferedFile } from './buffered-file.ts';
import { plainText } from './markdown.ts';
import { csvCell } from '@frageladan/config/domain/csv';

export { csvCell };

/** The knowledge bank as open data: topic, dates and texts only, nothing about who asked or answered. */
export interface OpenDataRow {
  id: string;
  url: string;
  topic: string;
  published: string;
  updated: string;
  question_title: string;
  question: string;
  answer: string;
}

export function openDataRow(q: Question, base: URL): OpenDataRow {
  return {
    id: q.documentId,
    url: new URL(questionPath(q), base).href,
    topic: q.topic?.name ?? '',
    published: q.publishedAt,
    updated: q.updatedAt,
    question_title: q.title,
    question: q.body,
    answer: plainText(q.answer.body),
  };
}

const COLUMNS: Array<keyof OpenDataRow> = ['id', 'url', 'topic', 'published', 'updated', 'question_title', 'question', 'answer'];

/** One row of the CSV, RFC 4180: every field quoted, quotes doubled, formulas neutralised. */
const csvLine = (row: OpenDataRow) => COLUMNS.map((c) => csvCell(row[c])).join(',');

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, formulas neutralised. */
export function toCsv(rows: OpenDataRow[]): string {
  return [COLUMNS.join(','), ...rows.map(csvLine)].join('\r\n') + '\r\n';
}

/**
 * The bank's open data files (fragor.json and fragor.csv) in `dir`, written a question at a time as
 * the bank's pages arrive: the build's first step does it beside the release (server/release-data.ts),
 * and a national bank's files, tens of megabytes each, are never held whole. The JSON is laid out as
 * JSON.stringify(…, null, 1). `add` returns each question's row (the search records are made from it).
 */
export function openDataFiles(base: URL, dir: string) {
  const head = JSON.stringify(
    {
      title: `${serviceConfig.service.name}: publicerade frågor och svar`,
      publisher: serviceConfig.municipality.name,
      license: 'CC0-1.0',
      generated: new Date().toISOString(),
      questions: [],
    },
    null,
    1,
  );
  const at = head.lastIndexOf('[]');
  const json = bufferedFile(path.join(dir, 'fragor.json'));
  let csv: ReturnType<typeof bufferedFile>;
  try {
    csv = bufferedFile(path.join(dir, 'fragor.csv'));
  } catch (error) {
    json.close();
    throw error;
  }
  json.write(head.slice(0, at + 1));
  csv.write(`${COLUMNS.join(',')}\r\n`);
  let rows = 0;
  return {
    add(question: Question): OpenDataRow {
      const row = openDataRow(question, base);
      json.write(`${rows === 0 ? '' : ','}\n  ${JSON.stringify(row, null, 1).replace(/\n/g, '\n  ')}`);
      csv.write(`${csvLine(row)}\r\n`);
      rows += 1;
      return row;
    },
    close(): void {
      try {
        json.write(`${rows > 0 ? '\n ' : ''}${head.slice(at + 1)}`);
      } finally {
        json.close();
        csv.close();
      }
    },
  };
}
