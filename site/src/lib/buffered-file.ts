import fs from 'node:fs';

const SIZE = 1 << 20;

/**
 * A file written in pieces, a megabyte to the disk at a time: the build writes its largest files
 * (the open data, the question pages) a question at a time, and a system call a question cost more
 * than the writing. `write` says where its text went, as [byte offset, byte length].
 *
 * Each piece is encoded straight into the buffer. Joining the pieces into one string first, and
 * encoding that, took a sixth of the build's first step at 10,000 questions (the join alone about
 * 0.45 s of 3.4 s), since every piece was scanned three times.
 */
export function bufferedFile(file: string) {
  const fd = fs.openSync(file, 'w');
  const buffer = Buffer.allocUnsafe(SIZE);
  let used = 0;
  let offset = 0;
  const writeAll = (bytes: Buffer, length: number) => {
    let written = 0;
    while (written < length) written += fs.writeSync(fd, bytes, written, length - written);
  };
  const flush = () => {
    writeAll(buffer, used);
    used = 0;
  };
  return {
    write(text: string): [number, number] {
      // UTF-8 takes at most three bytes for each of a string's UTF-16 units.
      if (used + text.length * 3 > SIZE) flush();
      let bytes: number;
      if (text.length * 3 > SIZE) {
        const encoded = Buffer.from(text, 'utf8');
        writeAll(encoded, encoded.length);
        bytes = encoded.length;
      } else {
        bytes = buffer.write(text, used, 'utf8');
        used += bytes;
      }
      const at: [number, number] = [offset, bytes];
      offset += bytes;
      return at;
    },
    close(): void {
      try {
        flush();
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}
