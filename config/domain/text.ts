/**
 * Text as the service stores and counts it. A citizen's question can arrive with anything a
 * keyboard, a copy-paste or a script can produce: NUL bytes (PostgreSQL refuses them), lone UTF-16
 * surrogates (not encodable as UTF-8), control characters, Windows line ends, decomposed å/ä/ö.
 * Every text is normalised once at the edge, and lengths are counted in what a reader sees as
 * characters (grapheme clusters), so that 2,000 emoji are 2,000 characters and not 4,000.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 control characters, except tab and newline.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// What renders as nothing: white space, format characters (zero-width space, joiners, BOM, bidi
// marks), controls, combining marks on their own, and the blank-looking Hangul fillers and braille.
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800\u180E]/gu;

/** NFC, LF line ends, no NUL or other control characters but tab and newline, no lone surrogates. */
export function normaliseText(input: string): string {
  return input.replace(LONE_SURROGATE, '').replace(/\r\n?/g, '\n').replace(CONTROL, '').normalize('NFC');
}

/** Normalises every string in a (JSON-like) value, in place for objects and arrays. */
export function normaliseStrings<T>(value: T): T {
  if (typeof value === 'string') return normaliseText(value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normaliseStrings(value[i]);
    return value;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = normaliseStrings(record[key]);
  }
  return value;
}

/** True when at least one character would be seen on screen. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/** Length as a reader counts it: one emoji, one flag, one "å" (however encoded) is one character. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}
