import serviceConfig from '@frageladan/config';
import type { KnowledgeBank } from './cms.ts';
import { questionPath } from './bank.ts';
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

export function openDataRows(bank: KnowledgeBank, base: URL): OpenDataRow[] {
  return bank.questions.map((q) => ({
    id: q.documentId,
    url: new URL(questionPath(q), base).href,
    topic: q.topic?.name ?? '',
    published: q.publishedAt,
    updated: q.updatedAt,
    question_title: q.title,
    question: q.body,
    answer: plainText(q.answer.body),
  }));
}

const COLUMNS: Array<keyof OpenDataRow> = ['id', 'url', 'topic', 'published', 'updated', 'question_title', 'question', 'answer'];

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, formulas neutralised. */
export function toCsv(rows: OpenDataRow[]): string {
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => csvCell(row[c])).join(','))].join('\r\n') + '\r\n';
}

/**
 * The bank's open data files (/oppna-data/fragor.json and .csv), written by the build's first step
 * beside the release (server/release-data.ts) rather than rendered by Astro, which would have to
 * hold every answer.
 */
export function openDataFiles(bank: KnowledgeBank, base: URL): { json: string; csv: string } {
  const rows = openDataRows(bank, base);
  const body = {
    title: `${serviceConfig.service.name}: publicerade frågor och svar`,
    publisher: serviceConfig.municipality.name,
    license: 'CC0-1.0',
    generated: new Date().toISOString(),
    questions: rows,
  };
  return { json: JSON.stringify(body, null, 1), csv: toCsv(rows) };
}
