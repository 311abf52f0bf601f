/**
 * `npm run check-config [file]`: checks a configuration (the file named, FRAGELADAN_CONFIG, or
 * config/index.ts) against config/schema.ts and names each wrong key. Exit code 1 when it is wrong.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError, defineConfig } from '../config/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const file = process.argv[2] ?? process.env.FRAGELADAN_CONFIG ?? 'config/index.ts';
try {
  const loaded = createRequire(import.meta.url)(path.resolve(ROOT, file)) as { default?: unknown };
  const config = defineConfig(loaded.default ?? loaded, file);
  console.log(`${file} är en giltig konfiguration för ${config.service.name} (${config.municipality.name}).`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `${file} gick inte att läsa: ${(error as Error).message}`);
  process.exit(1);
}
