import { describe, expect, it } from 'vitest';
import { cmsSettings } from '../../cms/src/settings';

const secret = (seed: string) => `${seed}-${'k'.repeat(24)}`;
const production = {
  NODE_ENV: 'production',
  APP_KEYS: `${secret('a')},${secret('b')}`,
  API_TOKEN_SALT: secret('salt'),
  ADMIN_JWT_SECRET: secret('admin'),
  JWT_SECRET: secret('jwt'),
  TRANSFER_TOKEN_SALT: secret('transfer'),
  ENCRYPTION_KEY: secret('encryption'),
  REBUILD_SECRET: secret('rebuild'),
  DATABASE_URL: 'postgres://frageladan@db.intern:5432/frageladan',
  SITE_URL: 'https://fragor.kommun.se',
};

describe("the CMS's settings", () => {
  it('need nothing for a first run: SQLite, port 1337, demo editors and content', () => {
    const settings = cmsSettings({});
    expect(settings.databaseClient).toBe('sqlite');
    expect(settings.port).toBe(1337);
    expect(settings.demoEditors).toBe(true);
    expect(settings.demoContentWanted).toBe(true);
  });

  it('start in production when everything is there, with no demo', () => {
    const settings = cmsSettings(production);
    expect(settings.databaseClient).toBe('postgres');
    expect(settings.demoEditors).toBe(false);
    expect(settings.appKeys).toHaveLength(2);
  });

  it.each(['REBUILD_SECRET', 'SITE_URL', 'ADMIN_JWT_SECRET', 'APP_KEYS', 'ENCRYPTION_KEY'])(
    'refuse a production start without %s, naming it',
    (name) => {
      expect(() => cmsSettings({ ...production, [name]: '' })).toThrow(new RegExp(`${name} saknas`));
    },
  );

  it('refuse placeholder and short secrets in production', () => {
    expect(() => cmsSettings({ ...production, ADMIN_JWT_SECRET: 'toBeModified' })).toThrow(/ADMIN_JWT_SECRET är ett exempelvärde/);
    expect(() => cmsSettings({ ...production, APP_KEYS: `${secret('a')},kort` })).toThrow(/APP_KEYS/);
  });

  it('refuse SQLite in production', () => {
    expect(() => cmsSettings({ ...production, DATABASE_URL: '' })).toThrow(/PostgreSQL, aldrig SQLite/);
  });

  it('name a variable with a value of the wrong kind', () => {
    expect(() => cmsSettings({ PORT: 'tusen' })).toThrow(/PORT har ett ogiltigt värde/);
    expect(() => cmsSettings({ DATABASE_CLIENT: 'mysql' })).toThrow(/DATABASE_CLIENT/);
    expect(() => cmsSettings({ SITE_URL: 'inte en adress' })).toThrow(/SITE_URL/);
  });
});
