import path from 'node:path';
import { writeBuildStamp } from '../../scripts/lib/cms-build.ts';
import { createRequire } from 'node:module';

// Strapi's ESM build does not load under plain Node ESM; its CommonJS build does.
const { compileStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

/** Compiles the CMS's TypeScript into cms/dist once per test run; every test file boots from it. */
export default async function compileCms(): Promise<void> {
  const appDir = path.resolve(import.meta.dirname, '../../cms');
  await compileStrapi({ appDir, ignoreDiagnostics: false });
  // Scripts (npm run purge) then see the server code as built, and do not compile it again while tests run.
  writeBuildStamp({ admin: false });
}
