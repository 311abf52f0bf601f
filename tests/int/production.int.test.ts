import { afterAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../helpers/cms';

/**
 * Production: no demo content, no demo users, and no start at all with a missing or placeholder
 * secret. In a file of its own because Strapi keeps some registries per process.
 */

const running: TestCms[] = [];
afterAll(async () => {
  for (const cms of running) await cms.stop().catch(() => {});
});

describe('production', () => {
  it('seeds no demo content and no demo users', async () => {
    const cms = await startCms({ demoContent: true, env: { NODE_ENV: 'production' } });
    running.push(cms);
    expect(await cms.strapi.documents('api::question.question').count({} as never)).toBe(0);
    expect(await cms.strapi.documents('api::topic.topic').count({} as never)).toBe(0);
    const emails = ((await cms.strapi.db.query('admin::user').findMany({ select: ['email'] })) as Array<{ email: string }>).map(
      (u) => u.email,
    );
    expect(emails).toEqual(['admin@example.se']);
  });

  it('refuses to start with a missing or placeholder secret', async () => {
    await expect(
      startCms({ env: { NODE_ENV: 'production', ADMIN_JWT_SECRET: 'toBeModified' } }),
    ).rejects.toThrow(/ADMIN_JWT_SECRET/);
    await expect(startCms({ env: { NODE_ENV: 'production', APP_KEYS: '' } })).rejects.toThrow(/APP_KEYS/);
  });
});
