import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, type OpenDataRow } from '../../site/src/lib/open-data';

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
