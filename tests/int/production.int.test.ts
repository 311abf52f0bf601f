import { afterAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import { startCms, type TestCms } from '../helpers/cms';

/** What production needs besides the secrets every test boot has. */
const PRODUCTION = {
  NODE_ENV: 'production',
  SITE_URL: 'https://fragor.exempelkommun.se',
  REBUILD_SECRET: crypto.randomBytes(24).toString('base64'),
};

/**
 * Production: PostgreSQL only, no demo content, no demo users, and no start at all with a missing
 * or placeholder secret. In a file of its own because Strapi keeps some registries per process.
 */

const running: TestCms[] = [];
afterAll(async () => {
  for (const cms of running) await cms.stop().catch(() => {});
});

describe('production', () => {
  it('seeds no demo content and no demo users', async () => {
    const cms = await startCms({ demoContent: true, postgres: true, env: PRODUCTION });
    running.push(cms);
    expect(await cms.strapi.documents('api::question.question').count({} as never)).toBe(0);
    expect(await cms.strapi.documents('api::topic.topic').count({} as never)).toBe(0);
    const emails = ((await cms.strapi.db.query('admin::user').findMany({ select: ['email'] })) as Array<{ email: string }>).map(
      (u) => u.email,
    );
    expect(emails).toEqual(['admin@example.se']);
  });

  it('refuses to start with a missing or placeholder secret, without REBUILD_SECRET or SITE_URL, or on SQLite', async () => {
    const production = (env: Record<string, string>) => startCms({ postgres: true, env: { ...PRODUCTION, ...env } });
    await expect(production({ ADMIN_JWT_SECRET: 'toBeModified' })).rejects.toThrow(/ADMIN_JWT_SECRET/);
    await expect(production({ APP_KEYS: '' })).rejects.toThrow(/APP_KEYS/);
    await expect(production({ REBUILD_SECRET: '' })).rejects.toThrow(/REBUILD_SECRET saknas/);
    await expect(production({ SITE_URL: '' })).rejects.toThrow(/SITE_URL saknas/);
    await expect(startCms({ env: { ...PRODUCTION, DATABASE_CLIENT: 'sqlite', DATABASE_URL: '' } })).rejects.toThrow(/aldrig SQLite/);
  });
});
