import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Builds the CMS (server code and admin panel) when its sources or config/ changed since the last
 * build, so that a second `npm start` starts in seconds instead of rebuilding the admin each time.
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CMS_DIR = path.join(ROOT, 'cms');
const STAMP = path.join(CMS_DIR, 'dist', '.frageladan-build');
const SOURCES = ['cms/src', 'cms/config', 'cms/package.json', 'cms/tsconfig.json', 'config', 'package-lock.json'];

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (name === 'node_modules') continue;
    yield* files(path.join(entry, name));
  }
}

function sourceFingerprint(): string {
  const hash = crypto.createHash('sha256');
  for (const source of SOURCES) {
    for (const file of files(path.join(ROOT, source))) {
      hash.update(path.relative(ROOT, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Records that the server code (and the admin, if built) matches the sources as they are now. */
export function writeBuildStamp(options: { admin: boolean }): void {
  const fingerprint = sourceFingerprint();
  // A server-only build of unchanged sources leaves an admin built from them as it is.
  if (!options.admin && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === `${fingerprint}:admin`) return;
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, `${fingerprint}:${options.admin ? 'admin' : 'server'}`);
}

/** Whether cms/dist holds a build of the sources as they are now (with the admin panel, if asked). */
export function isCmsBuilt(options: { admin: boolean }): boolean {
  const fingerprint = `${sourceFingerprint()}:${options.admin ? 'admin' : 'server'}`;
  const current = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8') : '';
  return current === fingerprint || (!options.admin && current.startsWith(`${fingerprint.split(':')[0]}:`));
}

export function buildCmsIfChanged(env: NodeJS.ProcessEnv, options: { admin: boolean } = { admin: true }): void {
  if (isCmsBuilt(options)) return;
  console.log(options.admin ? 'Bygger redaktionsverktyget (första gången tar det någon minut) …' : 'Kompilerar CMS:et …');
  const args = options.admin ? ['strapi', 'build'] : ['tsc', '-p', '.'];
  const result = spawnSync('npx', ['--no-install', ...args], { cwd: CMS_DIR, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`Bygget av cms/ misslyckades (${args.join(' ')}).`);
  writeBuildStamp(options);
}
