import { describe, expect, it } from 'vitest';
import { hasVisibleText, normaliseStrings, normaliseText, visibleLength } from '../../config/domain/text';

describe('text as the service stores and counts it', () => {
  it('removes NUL and other control characters but keeps newlines and tabs', () => {
    expect(normaliseText('a\u0000b\u0007c\td\ne\u007f\u0085f')).toBe('abc\td\nef');
  });

  it('turns Windows and old Mac line ends into newlines', () => {
    expect(normaliseText('ett\r\ntvå\rtre')).toBe('ett\ntvå\ntre');
  });

  it('drops lone surrogates and keeps paired ones', () => {
    expect(normaliseText('a\ud800b\udc00c😀')).toBe('abc😀');
  });

  it('composes decomposed letters (NFC), so "å" is one character however it was typed', () => {
    const decomposed = 'a\u030a';
    expect(normaliseText(decomposed)).toBe('å');
  });

  it('normalises every string in a nested value', () => {
    const value = { a: 'x\u0000y', b: ['\r\n', { c: 'z\u0001' }], d: 3 };
    expect(normaliseStrings(value)).toEqual({ a: 'xy', b: ['\n', { c: 'z' }], d: 3 });
  });

  it('sees no visible text in zero-width, bidi, filler and blank characters', () => {
    for (const text of ['\u200b\u200c\u200d\u2060\ufeff', ' \t\n\u00a0\u3000', '\u200e\u200f\u202e', '\u3164\u2800\u115f', '\u0301\u0308']) {
      expect(hasVisibleText(text), JSON.stringify(text)).toBe(false);
    }
    expect(hasVisibleText('\u200bå\u200b')).toBe(true);
    expect(hasVisibleText('😀')).toBe(true);
  });

  it('counts what a reader sees: an emoji, a flag, a family are one character each', () => {
    expect(visibleLength('😀'.repeat(2001))).toBe(2001);
    expect(visibleLength('🇸🇪👨‍👩‍👧')).toBe(2);
    expect(visibleLength('a\u030a')).toBe(1);
  });
});
