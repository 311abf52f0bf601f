import fs from 'node:fs';

/**
 * A file written in pieces, a megabyte to the disk at a time: the build writes its largest files
 * (the open data, the question pages) a question at a time, and a system call a question cost more
 * than the writing. `write` says where its text went, as [byte offset, byte length].
 */
export function bufferedFile(file: string) {
  const fd = fs.openSync(file, 'w');
  let pieces: string[] = [];
  let pending = 0;
  let offset = 0;
  const flush = () => {
    if (pieces.length > 0) fs.writeSync(fd, pieces.join(''));
    pieces = [];
    pending = 0;
  };
  return {
    write(text: string): [number, number] {
      const bytes = Buffer.byteLength(text);
      const at: [number, number] = [offset, bytes];
      pieces.push(text);
      offset += bytes;
      pending += bytes;
      if (pending >= 1 << 20) flush();
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
