import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import pg from 'pg';

// Strapi's ESM build does not load under plain Node ESM; its CommonJS build does.
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

/**
 * Boots the real CMS (compiled by compile-cms.ts) on a throwaway database: a fresh SQLite file, or,
 * when DATABASE_URL is set, a fresh PostgreSQL database created beside it and dropped afterwards.
 * Talks to it over HTTP like any other client.
 */

export const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');

export const DEMO_PASSWORD = 'Test-Redaktor-123';
export const EDITORS = ['redaktor1@example.se', 'redaktor2@example.se'] as const;
export const ADMIN = { email: 'admin@example.se', password: 'Test-Admin-12345' };

export interface TestCms {
  strapi: Core.Strapi;
  url: string;
  tokens: { read: string; submit: string };
  envFile: string;
  /** Stops Strapi and starts it again on the same database, as a second `npm start` would. */
  restart(options?: StartOptions): Promise<TestCms>;
  /** Stops Strapi but keeps its database, for tests of what happens while the CMS is down. */
  halt(): Promise<() => Promise<TestCms>>;
  stop(): Promise<void>;
}

export interface StartOptions {
  demoContent?: boolean;
  env?: Record<string, string>;
  /** Run on PostgreSQL even when the suite runs on SQLite: production is PostgreSQL only. */
  postgres?: boolean;
  /**
   * The PostgreSQL server to make the throwaway database on, whatever DATABASE_URL says: a script
   * that chooses its database must not depend on whether the variable was set before this module
   * was imported (it is read once, at import).
   */
  databaseUrl?: string;
  /**
   * The demo editors also get a test role with the content manager's rights on questions and
   * answers (default): the workflow's tests drive every rule through that admin API, the way an
   * administrator still can. Editors themselves reach questions only through the desk; the desk's
   * tests start with `contentManagerEditors: false` to be editors exactly as they are.
   */
  contentManagerEditors?: boolean;
}

const TEST_ROLE = 'frageladan-test-content-manager';

/** A role with the super admin's content-manager rights on questions and answers, given to the demo editors. */
async function grantContentManager(strapi: Core.Strapi): Promise<void> {
  const users = (await strapi.db.query('admin::user').findMany({ where: { email: { $in: [...EDITORS] } }, populate: ['roles'] })) as Array<{
    id: number;
    roles: Array<{ id: number }>;
  }>;
  if (users.length === 0) return;
  let role = (await strapi.db.query('admin::role').findOne({ where: { code: TEST_ROLE } })) as { id: number } | null;
  if (!role) {
    role = (await strapi.service('admin::role').create({ name: 'Test: frågor i innehållshanteraren', code: TEST_ROLE, description: 'Bara i tester' })) as { id: number };
    const superAdmin = (await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } })) as { id: number };
    const permissions = (await strapi.db.query('admin::permission').findMany({
      where: { role: { id: superAdmin.id }, subject: { $in: ['api::question.question', 'api::answer.answer'] } },
    })) as Array<{ action: string; subject: string; properties: unknown; conditions: unknown }>;
    await strapi.service('admin::role').assignPermissions(
      role.id,
      permissions.map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions })),
    );
  }
  for (const user of users) {
    if (user.roles.some((r) => r.id === role.id)) continue;
    await strapi.service('admin::user').updateById(user.id, { roles: [...user.roles.map((r) => r.id), role.id] });
  }
}

/** The PostgreSQL server tests make their databases on: DATABASE_URL, or this machine's own. */
export const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Database {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** Strapi's destroy() calls process.removeAllListeners(), which would cut the test runner's own
 * channel to this worker; the runner's listeners are put back afterwards. */
async function destroyKeepingRunner(strapi: Core.Strapi): Promise<void> {
  const saved = process.eventNames().map((event) => [event, process.listeners(event as never)] as const);
  try {
    await strapi.destroy();
  } finally {
    for (const [event, listeners] of saved) {
      for (const listener of listeners) {
        if (!process.listeners(event as never).includes(listener)) process.on(event as never, listener as never);
      }
    }
  }
}

// Read once: booting a CMS points process.env.DATABASE_URL at that test's own database.
const BASE_DATABASE_URL = process.env.DATABASE_URL;

async function freshDatabase(name: string, postgres = false, databaseUrl?: string): Promise<Database> {
  const base = databaseUrl ?? BASE_DATABASE_URL ?? (postgres ? POSTGRES_URL : undefined);
  if (!base) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frageladan-'));
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'test.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = new pg.Client({ connectionString: base });
  await admin.connect().catch((error: Error) => {
    throw new Error(`PostgreSQL svarar inte på ${base} (${error.message}); de här testerna behöver den.`);
  });
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function boot(database: Database, envFile: string, options: StartOptions): Promise<TestCms> {
  const secret = () => crypto.randomBytes(24).toString('base64');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: [secret(), secret()].join(','),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DEMO_PASSWORD,
    FRAGELADAN_ENV_FILE: envFile,
    FRAGELADAN_DEMO_CONTENT: options.demoContent ? 'true' : 'false',
    SERVE_ADMIN_PANEL: 'false',
    CRON_ENABLED: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    ...database.env,
    ...options.env,
  });
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
  try {
    await strapi.load();
    if (options.contentManagerEditors !== false) await grantContentManager(strapi);
    await strapi.listen();
  } catch (error) {
    await destroyKeepingRunner(strapi).catch(() => {});
    throw error;
  }
  const address = strapi.server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const env = fs.readFileSync(envFile, 'utf8');
  const token = (key: string) => new RegExp(`^${key}=(.+)$`, 'm').exec(env)?.[1] ?? '';
  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    tokens: { read: token('CMS_READ_TOKEN'), submit: token('CMS_SUBMIT_TOKEN') },
    envFile,
    async restart(next = options) {
      await destroyKeepingRunner(strapi);
      return boot(database, envFile, next);
    },
    async halt() {
      await destroyKeepingRunner(strapi);
      return () => boot(database, envFile, options);
    },
    async stop() {
      await destroyKeepingRunner(strapi);
      await database.drop();
      fs.rmSync(envFile, { force: true });
    },
  };
}

export async function startCms(options: StartOptions = {}): Promise<TestCms> {
  const name = `frageladan_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const database = await freshDatabase(name, options.postgres, options.databaseUrl);
  const envFile = path.join(os.tmpdir(), `${name}.env`);
  // These two must survive a restart: stored API tokens are hashed and encrypted with them.
  process.env.ENCRYPTION_KEY = crypto.randomBytes(24).toString('base64');
  process.env.API_TOKEN_SALT = crypto.randomBytes(24).toString('base64');
  try {
    return await boot(database, envFile, options);
  } catch (error) {
    await database.drop();
    throw error;
  }
}
