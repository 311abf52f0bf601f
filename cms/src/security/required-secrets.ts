import { messages } from '../messages';

/**
 * Production refuses to start with a missing secret or one that is a known placeholder: a CMS with
 * guessable keys would let anyone mint admin sessions or API tokens.
 */
const REQUIRED = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY'];
const PLACEHOLDER = /^(|tobemodified\d*|changeme|change-me|secret|example|placeholder|xxx+|\.\.\.)$/i;

export function weakSecrets(env: NodeJS.ProcessEnv): string[] {
  return REQUIRED.filter((key) => {
    const parts = (env[key] ?? '').split(',').map((part) => part.trim());
    return parts.some((part) => PLACEHOLDER.test(part) || part.length < 16);
  });
}

export function assertProductionSecrets(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const weak = weakSecrets(env);
  if (weak.length > 0) throw new Error(messages.secrets.missing(weak));
}
