import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../site/src/lib/cms';
import { csvCell, openDataRow, toCsv, openDataFiles, type OpenDataRow } from '../../site/src/lib/open-data';

/** /oppna-data/fragor.csv opens in spreadsheets: no cell may be read as a formula (OWASP CSV injection). */

describe('the open data CSV', () => {
  it.each(['=HYPERLINK("https://evil.example","klicka")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'])(
    'neutralises a cell starting %j with a leading single quote',
    (value) => {
      expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
    },
  );

  it('leaves ordinary text, dates and addresses as they are, quoted', () => {
    expect(csvCell('Hur ansöker jag om "hemtjänst"?')).toBe('"Hur ansöker jag om ""hemtjänst""?"');
    expect(csvCell('2026-01-02T10:00:00.000Z')).toBe('"2026-01-02T10:00:00.000Z"');
    expect(csvCell('a = b')).toBe('"a = b"');
  });

  it('writes every field of every row through the same rule', () => {
    const row: OpenDataRow = {
      id: 'abc',
      url: 'https://fragor.example/fragor/x',
      topic: '=cmd|" /C calc"!A0',
      published: '2026-01-01',
      updated: '2026-01-01',
      question_title: '@titel',
      question: '-fråga',
      answer: '+svar',
    };
    const [, line] = toCsv([row]).split('\r\n');
    expect(line).toBe(`"abc","https://fragor.example/fragor/x","'=cmd|"" /C calc""!A0","2026-01-01","2026-01-01","'@titel","'-fråga","'+svar"`);
  });
});

describe('the open data files as the build writes them, a question at a time', () => {
  const question = (n: number, title: string): Question => ({
    documentId: `doc${n}`,
    title,
    body: `Frågan ${n}, med "citat", radbrytning\noch emoji 🙂.`,
    slug: `fraga-${n}`,
    publishedAt: `2026-01-0${n}T10:00:00.000Z`,
    updatedAt: `2026-01-0${n}T11:00:00.000Z`,
    topic: n === 2 ? null : { name: 'Ekonomi [bistånd]', slug: 'ekonomi' },
    answer: { body: `Hej!\n\nSvar **${n}** med [länk](https://example.se) och <script>x</script>.` },
  });
  const base = new URL('https://fragor.example');

  it.each([0, 1, 3])('are, for %i questions, the JSON.stringify(…, null, 1) document and the CSV of the same rows', (count) => {
    const bank = { topics: [], referrals: [], questions: [1, 2, 3].slice(0, count).map((n) => question(n, `Titel ${n} []`)) };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oppna-data-'));
    try {
      // Added a question at a time, as the build's first step does while the bank's pages arrive.
      const files = openDataFiles(base, dir);
      const added = bank.questions.map((q) => files.add(q));
      files.close();
      const json = fs.readFileSync(path.join(dir, 'fragor.json'), 'utf8');
      const parsed = JSON.parse(json);
      const rows = bank.questions.map((q) => openDataRow(q, base));
      expect(added).toEqual(rows);
      expect(parsed.questions).toEqual(rows);
      expect(json).toBe(JSON.stringify({ ...parsed, questions: rows }, null, 1));
      expect(fs.readFileSync(path.join(dir, 'fragor.csv'), 'utf8')).toBe(toCsv(rows));
      if (count > 0) expect(rows[0].answer).not.toContain('<script>');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
