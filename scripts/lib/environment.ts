import path from 'node:path';
import { ensureSecrets } from '../../config/env-file.ts';
import { ROOT } from './cms-build.ts';

export const ENV_FILE = process.env.FRAGELADAN_ENV_FILE ?? path.join(ROOT, '.env');

/**
 * The environment every service starts with: the ignored env file (secrets generated on first run,
 * tokens written by the CMS), overridden by the real environment, which wins in production.
 */
export function serviceEnvironment(): NodeJS.ProcessEnv {
  const production = process.env.NODE_ENV === 'production';
  // Production gets its secrets from the environment; generating them there would hide a mistake.
  const fromFile = production ? {} : ensureSecrets(ENV_FILE);
  return {
    ...fromFile,
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    FRAGELADAN_ENV_FILE: ENV_FILE,
    STRAPI_TELEMETRY_DISABLED: 'true',
  };
}
