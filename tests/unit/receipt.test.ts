import { describe, expect, it } from 'vitest';
import { newReceiptCode, normaliseReceiptCode, receiptHash } from '../../site/server/intake/receipt';

describe('receipt codes', () => {
  it('are four groups of four base-32 characters (80 bits), never the same twice', () => {
    const codes = new Set(Array.from({ length: 2000 }, newReceiptCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('are read back however they were typed', () => {
    const code = 'K7QM-3ZXD-9WTR-HB2C';
    expect(normaliseReceiptCode('k7qm 3zxd 9wtr hb2c')).toBe(code);
    expect(normaliseReceiptCode('K7QM3ZXD9WTRHB2C')).toBe(code);
    expect(normaliseReceiptCode('1O1O-1O1O-1O1O-1O1O')).toBe('1010-1010-1010-1010');
    expect(normaliseReceiptCode('för kort')).toBeNull();
  });

  it('are stored only as a SHA-256 hash', () => {
    expect(receiptHash('K7QM-3ZXD-9WTR-HB2C')).toMatch(/^[a-f0-9]{64}$/);
    expect(receiptHash('K7QM-3ZXD-9WTR-HB2C')).not.toContain('K7QM');
  });
});
