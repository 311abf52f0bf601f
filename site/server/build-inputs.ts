import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Everything besides the CMS's data that shapes a release: the site's pages, components and texts,
 * the municipality's config, the build and index code, the locked dependencies, Node and the
 * site's address. An incremental release is only made when these are exactly as they were for the
 * release it builds on; any change, however small, means a full build.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SOURCES = ['site/src', 'site/public', 'site/astro.config.ts', 'site/package.json', 'site/server/build.ts', 'site/server/fetch-bank.ts', 'site/server/release-data.ts', 'site/server/file-places.ts', 'site/server/search-index.ts', 'site/server/search-records.ts', 'site/server/index-search.ts', 'site/server/build-data.ts', 'site/server/search-pack.ts', 'site/server/takedowns.ts', 'site/server/answer-boilerplate.ts', 'site/server/search-text.ts', 'site/server/build-inputs.ts', 'config', 'package-lock.json'];

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((child) => child.name !== 'node_modules' && !child.name.startsWith('.'))
    .flatMap((child) => files(path.join(entry, child.name)))
    .sort();
}

export function buildInputsHash(siteUrl: string): string {
  const hash = crypto.createHash('sha256');
  hash.update(`node ${process.version}\nsite ${siteUrl}\n`);
  for (const file of SOURCES.flatMap(files)) {
    hash.update(`${file}\n`);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
  }
  return hash.digest('hex');
}
