/**
 * `npm run backup [-- <file>]`: an encrypted copy of everything in the CMS's database that Strapi's
 * own export carries (content, links between it, settings, webhooks), made with `strapi export`.
 * BACKUP_KEY (at least 16 characters) encrypts it; keep the key apart from the copies.
 * Without a file name the copy goes to backups/frageladan-<time>.tar.gz.enc (ignored by git).
 */
import path from 'node:path';
import { backupKey, runStrapi, ROOT } from './lib/strapi-cli.ts';

const base = process.argv[2]
  ? path.resolve(process.argv[2]).replace(/\.tar(\.gz)?(\.enc)?$/, '')
  : path.join(ROOT, 'backups', `frageladan-${new Date().toISOString().replace(/[:.]/g, '-')}`);
await runStrapi(['export', '--file', base, '--key', backupKey(), '--exclude', 'files']);
console.log(`Säkerhetskopian är sparad: ${base}.tar.gz.enc`);
