/**
 * `npm run build`: builds the CMS for production, its server code and its admin panel, and checks
 * the site's code (Astro and TypeScript). The site's pages are made from published content, so the
 * site server builds them when it starts and again on every publish; there is nothing to build
 * for them before the CMS runs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildCmsIfChanged, ROOT } from './lib/cms-build.ts';
import { serviceEnvironment } from './lib/environment.ts';

// Built with the development settings: the build needs no production secrets, and the admin bundle is the same.
buildCmsIfChanged(serviceEnvironment(), { admin: true });
const check = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'check'], {
  cwd: path.join(ROOT, 'site'),
  stdio: 'inherit',
});
if (check.status !== 0) process.exit(check.status ?? 1);
console.log('Bygget är klart: starta med npm run start:prod.');
