import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, weakSecrets } from '../../cms/src/security/required-secrets';

const strong = {
  APP_KEYS: 'a'.repeat(24) + ',' + 'b'.repeat(24),
  API_TOKEN_SALT: 'c'.repeat(24),
  ADMIN_JWT_SECRET: 'd'.repeat(24),
  JWT_SECRET: 'e'.repeat(24),
  TRANSFER_TOKEN_SALT: 'f'.repeat(24),
  ENCRYPTION_KEY: 'g'.repeat(24),
};

describe('production secrets', () => {
  it('accepts long secrets', () => {
    expect(weakSecrets(strong)).toEqual([]);
    expect(() => assertProductionSecrets({ ...strong, NODE_ENV: 'production' })).not.toThrow();
  });

  it('names missing, short and placeholder secrets, and refuses to start in production', () => {
    const env = { ...strong, JWT_SECRET: undefined, APP_KEYS: 'toBeModified1,toBeModified2', ENCRYPTION_KEY: 'kort' };
    expect(weakSecrets(env).sort()).toEqual(['APP_KEYS', 'ENCRYPTION_KEY', 'JWT_SECRET']);
    expect(() => assertProductionSecrets({ ...env, NODE_ENV: 'production' })).toThrow(/APP_KEYS, JWT_SECRET, ENCRYPTION_KEY/);
  });

  it('does not stop development', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });
});
