import crypto from 'node:crypto';

/**
 * The receipt a citizen gets for a question: 80 random bits written as 16 characters of Crockford's
 * base 32 in four groups ("K7QM-3ZXD-9WTR-HB2C"), easy to read aloud or copy by hand. Only its
 * SHA-256 is stored in the CMS; 80 bits make guessing a code hopeless.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newReceiptCode(): string {
  const bytes = crypto.randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < 16; i++) {
    chars = ALPHABET[Number(bits & 31n)] + chars;
    bits >>= 5n;
  }
  return chars.match(/.{4}/g)!.join('-');
}

/** What someone typed, as the code: case, spaces and dashes ignored, look-alike letters mapped. */
export function normaliseReceiptCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/U/g, 'V');
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(cleaned)) return null;
  return cleaned.match(/.{4}/g)!.join('-');
}

export function receiptHash(code: string): string {
  return crypto.createHash('sha256').update(code).digest('hex');
}
