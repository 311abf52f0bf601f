import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The ignored env file at the repository root holds the generated secrets and the two API tokens
 * that the CMS hands to the site. scripts/start.ts generates the secrets, the CMS writes the tokens
 * and the site reads them before each build. Only node: imports, so every workspace can load it.
 */

export const SECRET_KEYS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  // Shared by the CMS's publish webhook and the site's rebuild route.
  'REBUILD_SECRET',
] as const;

const HEADER = [
  '# Frågelådan – genererad vid första starten. Checka aldrig in den här filen.',
  '# Generated on first run: secrets for the CMS and the API tokens the site uses. Never commit.',
];

export function readEnvFile(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  const values: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match) values[match[1]] = match[2].replace(/^"(.*)"$/, '$1');
  }
  return values;
}

/** Sets the given keys in the env file, keeping every other line as it was. */
export function upsertEnvFile(file: string, entries: Record<string, string>): void {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [...HEADER];
  const pending = new Map(Object.entries(entries));
  const updated = lines.map((line) => {
    const key = /^\s*([A-Z0-9_]+)\s*=/.exec(line)?.[1];
    if (key && pending.has(key)) {
      const value = pending.get(key);
      pending.delete(key);
      return `${key}=${value}`;
    }
    return line;
  });
  while (updated.length > 0 && updated[updated.length - 1] === '') updated.pop();
  for (const [key, value] of pending) updated.push(`${key}=${value}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${updated.join('\n')}\n`, { mode: 0o600 });
}

function randomSecret(): string {
  return crypto.randomBytes(24).toString('base64');
}

/** Generates whatever secret is missing; returns the file's values afterwards. */
export function ensureSecrets(file: string): Record<string, string> {
  const existing = readEnvFile(file);
  const missing: Record<string, string> = {};
  for (const key of SECRET_KEYS) {
    if (existing[key]) continue;
    missing[key] = key === 'APP_KEYS' ? Array.from({ length: 4 }, randomSecret).join(',') : randomSecret();
  }
  if (Object.keys(missing).length > 0) upsertEnvFile(file, missing);
  return { ...existing, ...missing };
}

/** The environment with the env file's values on top (the file wins), when FRAGELADAN_ENV_FILE names
 * one: the CMS may have written a new token into it after this process started. */
export function withEnvFile(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const file = env.FRAGELADAN_ENV_FILE;
  return { ...env, ...(file ? readEnvFile(file) : {}) };
}
