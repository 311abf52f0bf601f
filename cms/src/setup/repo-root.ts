import fs from 'node:fs';
import path from 'node:path';

/** The repository root (where config/ lives), whether running from cms/ or the compiled cms/dist/. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'config', 'schema.ts')) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir);
  }
  return dir;
}
