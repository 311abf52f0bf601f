import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bufferedFile } from '../../site/src/lib/buffered-file';

/** The build's large files, written a piece at a time: the bytes and the places it reports are exact. */

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('a file written in pieces', () => {
  it('holds every piece as UTF-8, at the place write said, across the buffer’s edge and for pieces larger than it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buffered-file-'));
    dirs.push(dir);
    const file = path.join(dir, 'f');
    // Multi-byte text, an emoji, a zero-width space, a NUL, a lone surrogate, nothing at all,
    // and pieces of 3 and 2 MiB.
    const pieces = ['å'.repeat(1000), '🙂', '\u200b', '\u0000', '\ud800', '', 'x'.repeat(3 << 20), ...Array.from({ length: 2000 }, (_, i) => `rad ${i} ${'ö'.repeat(i % 700)}\n`), 'é'.repeat(1 << 20)];
    const out = bufferedFile(file);
    const places = pieces.map((piece) => out.write(piece));
    out.close();
    const bytes = fs.readFileSync(file);
    expect(bytes.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    pieces.forEach((piece, i) => {
      const [offset, length] = places[i];
      expect(bytes.subarray(offset, offset + length).toString('utf8')).toBe(Buffer.from(piece, 'utf8').toString('utf8'));
    });
  });
});
