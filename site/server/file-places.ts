import fs from 'node:fs';

/**
 * Where an entry lies in one of a release's one-file stores (data/fragor.jsonl, the search packs):
 * [byte offset, byte length], as bufferedFile's write returns it and the stores' indexes keep it.
 */
export type Place = [number, number];

export function isPlace(value: unknown): value is Place {
  return Array.isArray(value) && value.length === 2 && value.every((n) => Number.isSafeInteger(n) && n >= 0);
}

/** The bytes at a place in a file; a file that ends before it fails rather than giving zeros. */
export function readPlace(file: string, [offset, length]: Place): Buffer {
  const buffer = Buffer.alloc(length);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, buffer, 0, length, offset) !== length) throw new Error(`${file} slutar före ${offset + length}`);
  } finally {
    fs.closeSync(fd);
  }
  return buffer;
}
