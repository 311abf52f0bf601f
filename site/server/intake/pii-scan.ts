/**
 * Finds details in a question that could identify someone, so that the citizen is warned before
 * sending and the editor sees them before publishing. Swedish formats: personnummer and
 * samordningsnummer (Luhn-checked), phone numbers, e-mail addresses, street addresses, postcodes
 * and vehicle registration plates. Names are left to the editor: no list finds them reliably.
 */

export type PiiKind = 'personnummer' | 'samordningsnummer' | 'telefon' | 'epost' | 'adress' | 'postnummer' | 'registreringsnummer';

export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YYMMDD-NNNN or YYYYMMDD-NNNN, with -, + or no separator; samordningsnummer add 60 to the day. */
const PERSONAL_NUMBER = /(?<![\d])((?:19|20)?\d{2})(\d{2})(\d{2})\s?([-+]?)\s?(\d{4})(?![\d])/g;

function personalNumbers(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  for (const m of text.matchAll(PERSONAL_NUMBER)) {
    const [whole, yearPart, mm, dd, , last4] = m;
    const short = yearPart.slice(-2);
    const month = Number(mm);
    let day = Number(dd);
    let kind: PiiKind = 'personnummer';
    if (day > 60) {
      day -= 60;
      kind = 'samordningsnummer';
    }
    const fullYear = yearPart.length === 4 ? Number(yearPart) : 2000 + Number(short);
    const dateOk = validDate(fullYear, month, day) || validDate(fullYear - 100, month, day);
    if (!dateOk || !luhnValid(`${short}${mm}${dd}${last4}`)) continue;
    found.push({ kind, start: m.index!, end: m.index! + whole.length, text: whole });
  }
  return found;
}

const PATTERNS: Array<[PiiKind, RegExp]> = [
  ['epost', /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/gu],
  // +46 or 0, then area or mobile code and subscriber number, with spaces or dashes as people write them.
  ['telefon', /(?<![\d+])(?:\+46|0046|0)\s?(?:\(0\))?\s?[1-9](?:[\s-]?\d){6,9}(?!\d)/g],
  ['postnummer', /(?<![\d])(?:SE-?)?[1-9]\d{2}\s?\d{2}(?=\s+\p{Lu}\p{Ll}+)/gu],
  ['adress', /\b\p{Lu}\p{Ll}+(?:gatan|vägen|gränd|torget|stigen|allén|backen|plan|leden|gata|väg)\s+\d{1,4}\s?[A-Za-z]?\b/gu],
  // ABC 123 or ABC 12A (the 2019 format), not followed by more digits.
  ['registreringsnummer', /\b[A-HJ-PR-UW-Z]{3}\s?\d{2}[\dA-HJ-PR-UW-Z]\b/g],
];

export function scanForPii(text: string): PiiFinding[] {
  const findings = personalNumbers(text);
  const taken = (start: number, end: number) => findings.some((f) => start < f.end && end > f.start);
  for (const [kind, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      findings.push({ kind, start, end, text: m[0] });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
