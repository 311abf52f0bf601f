/**
 * `npm run restore -- <file>`: puts a copy made by `npm run backup` back with `strapi import`,
 * replacing the content of the database the settings point at (DATABASE_URL …). The same
 * BACKUP_KEY that made the copy opens it. Admin accounts are not in a copy: the database keeps its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { backupKey, runStrapi } from './lib/strapi-cli.ts';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error('Ange säkerhetskopians fil: npm run restore -- backups/frageladan-….tar.gz.enc');
  process.exit(1);
}
await runStrapi(['import', '--file', path.resolve(file), '--key', backupKey(), '--force']);
console.log(`Säkerhetskopian ${file} är återställd.`);
