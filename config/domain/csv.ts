/**
 * CSV as a spreadsheet opens it safely, shared by the site's open data and the desk's statistics
 * export: RFC 4180 (every field quoted, quotes doubled, CRLF line ends) with formulas neutralised.
 */

// A spreadsheet reads a cell that starts with one of these as a formula (OWASP: CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet shows and never runs: a leading single quote before a formula character. */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Lines of cells as CSV text, each line ended with CRLF. */
export function csvLines(lines: ReadonlyArray<ReadonlyArray<string>>): string {
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Excel reads a CSV file as UTF-8 (å, ä, ö) only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';
