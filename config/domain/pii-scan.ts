import { dialledDigits } from './referrals.ts';

/**
 * Finds details in a text that could identify someone: in the citizen's form before sending, for
 * the editor before publishing, and again by the CMS when a case is published. One scanner for all
 * three, so that what the citizen was warned about is what the editor is stopped on.
 *
 * Swedish formats: personnummer and samordningsnummer (Luhn-checked), phone numbers, e-mail
 * addresses (also written "(at)"), street addresses (also lower case, with Å/Ä/Ö, and "torg"),
 * postcodes and vehicle registration plates. Names are left to the editor: no list finds them.
 *
 * JavaScript's \b only knows ASCII letters, so word edges here are lookarounds on \p{L}.
 */

export type PiiKind = 'personnummer' | 'samordningsnummer' | 'telefon' | 'epost' | 'adress' | 'postnummer' | 'registreringsnummer';

export const PII_KINDS: readonly PiiKind[] = [
  'personnummer',
  'samordningsnummer',
  'telefon',
  'epost',
  'adress',
  'postnummer',
  'registreringsnummer',
];

export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

export interface PiiScanOptions {
  /** Public numbers (helplines, the socialjour, the service's own) that are never flagged. */
  publicNumbers?: readonly string[];
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

/**
 * YYMMDD-NNNN or YYYYMMDD-NNNN; the separator may be -, –, —, + or none, with or without spaces
 * around it; samordningsnummer add 60 to the day.
 */
const PERSONAL_NUMBER = /(?<![\d])((?:19|20)?\d{2})(\d{2})(\d{2})[ \t]*([-–—+]?)[ \t]*(\d{4})(?![\d])/g;

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

// Street name endings, in compounds ("Östergatan", "Möllevångstorget", "storgatan").
const STREET_SUFFIX =
  'gatan|gata|vägen|väg|gränden|gränd|torget|torg|stigen|allén|allé|backen|planen|leden|platsen|kajen|esplanaden|promenaden|slingan|stråket';
// Written apart after a name ("Gustav Adolfs torg 5", "Lilla torg 1", "Stora gatan 3").
// Not "plats" or "väg": "på plats 2" and "på väg 3" are ordinary Swedish.
const STREET_APART = 'torg|torget|gata|gatan|allé|gränd';

const SEP = '[ \\t]*[-–—/.]?[ \\t]*';

const PATTERNS: Array<[PiiKind, RegExp]> = [
  // name@domain.se, also with "(at)", "[at]", "(a)" or "snabel-a" and "(dot)"/"(punkt)".
  [
    'epost',
    new RegExp(
      String.raw`(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+[ \t]*(?:@|\((?:at|a)\)|\[(?:at|a)\]|\{at\}|snabel-a)[ \t]*[\p{L}\d-]+(?:(?:\.|[ \t]*(?:\(dot\)|\[dot\]|\(punkt\)|\[punkt\])[ \t]*)[\p{L}\d-]+)*(?:\.|[ \t]*(?:\(dot\)|\[dot\]|\(punkt\)|\[punkt\])[ \t]*)\p{L}{2,}(?![\p{L}\d])`,
      'giu',
    ),
  ],
  // +46 or 0, then area or mobile code and subscriber number, with spaces, dashes, slashes or dots
  // between the groups, with or without spaces around them ("070 - 123 45 67").
  ['telefon', new RegExp(String.raw`(?<![\d+])(?:\+46|0046|0)[ \t]*(?:\(0\))?[ \t]*[1-9](?:${SEP}\d){6,9}(?!\d)`, 'g')],
  ['postnummer', /(?<![\d])(?:SE-?)?[1-9]\d{2}[ \t]?\d{2}(?=[ \t]+\p{Lu}\p{Ll}+)/gu],
  [
    'adress',
    new RegExp(
      String.raw`(?<![\p{L}\d])(?:\p{L}{2,}(?:${STREET_SUFFIX})|\p{L}+s?[ \t]+(?:${STREET_APART}))[ \t]+\d{1,4}(?:(?:[A-Za-z]|[ \t][A-H])(?![\p{L}\d]))?(?![\d])`,
      'giu',
    ),
  ],
  // ABC 123 or ABC 12A (the 2019 format), not followed by more letters or digits.
  ['registreringsnummer', /(?<![\p{L}\d])[A-HJ-PR-UW-Z]{3}[ \t]?\d{2}[\dA-HJ-PR-UW-Z](?![\p{L}\d])/gu],
];

export function scanForPii(text: string, options: PiiScanOptions = {}): PiiFinding[] {
  const publicNumbers = new Set((options.publicNumbers ?? []).map(dialledDigits).filter((d) => d.length >= 3));
  const findings = personalNumbers(text);
  const taken = (start: number, end: number) => findings.some((f) => start < f.end && end > f.start);
  for (const [kind, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      if (kind === 'telefon' && publicNumbers.has(dialledDigits(m[0]))) continue;
      findings.push({ kind, start, end, text: m[0] });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** How a finding is compared with the ones an editor cleared as not identifying: white space and case aside. */
export function clearanceKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}
