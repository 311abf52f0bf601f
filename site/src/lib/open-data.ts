import type { KnowledgeBank } from './cms';
import { questionPath } from './bank';
import { plainText } from './markdown';

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

// A spreadsheet reads a cell that starts with one of these as a formula (OWASP: CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet shows and never runs: a leading single quote before a formula character. */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, formulas neutralised. */
export function toCsv(rows: OpenDataRow[]): string {
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => csvCell(row[c])).join(','))].join('\r\n') + '\r\n';
}
