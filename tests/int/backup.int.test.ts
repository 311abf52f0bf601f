import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { POSTGRES_URL, startCms, type TestCms } from '../helpers/cms';
import { contentApi } from '../helpers/http';

/**
 * `npm run backup` and `npm run restore` as an operator runs them: the demo data exported with
 * Strapi's own export, encrypted, then restored into a fresh PostgreSQL database, where every
 * published question, answer, topic, style template and referral is the same as before, and so is
 * the case record, also when the copy is put back over a database that already has one.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'frageladan-backup-'));
const KEY = crypto.randomBytes(24).toString('base64');
const restoredDb = `frageladan_restore_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
const running: TestCms[] = [];
let resumeOriginal: (() => Promise<TestCms>) | undefined;

afterAll(async () => {
  for (const cms of running) await cms.stop().catch(() => {});
  // The original was only halted; started again once the others are stopped, then dropped with its database.
  if (resumeOriginal) await (await resumeOriginal()).stop().catch(() => {});
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${restoredDb}" WITH (FORCE)`);
  await client.end();
  fs.rmSync(work, { recursive: true, force: true });
});

const script = (name: string, args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [`scripts/${name}.ts`, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 180_000 });

/** What the public sees, and the templates editors use, in a form that two databases can be compared in. */
async function snapshot(cms: TestCms) {
  const read = contentApi(cms.url, cms.tokens.read);
  const all = async (path: string) => (await read.get(`${path}${path.includes('?') ? '&' : '?'}pagination[pageSize]=100`)).body.data;
  const questions = ((await all('/questions?sort=publishedAt:asc')) as Array<Record<string, any>>).sort((a, b) => a.slug.localeCompare(b.slug));
  const templates = (await cms.strapi.documents('api::style-template.style-template').findMany({ sort: 'name:asc', limit: 100 } as never)) as Array<
    Record<string, any>
  >;
  return {
    questions: questions.map((q) => ({ title: q.title, body: q.body, slug: q.slug, topic: q.topic?.slug, answer: q.answer?.body })),
    topics: ((await all('/topics?sort=name:asc')) as Array<Record<string, any>>).map((t) => ({ name: t.name, slug: t.slug, description: t.description })),
    referrals: ((await all('/referrals?sort=name:asc')) as Array<Record<string, any>>).map((r) => ({
      name: r.name,
      kind: r.kind,
      phone: r.phone,
      url: r.url,
      topics: (r.topics ?? []).map((t: { slug: string }) => t.slug).sort(),
    })),
    templates: templates.map((t) => ({ name: t.name, opening: t.opening, closing: t.closing })),
  };
}

describe('backup and restore', () => {
  it('restores every published question, answer, topic, template and referral into a fresh PostgreSQL database', async () => {
    const original = await startCms({ demoContent: true });
    const before = await snapshot(original);
    expect(before.questions.length).toBeGreaterThanOrEqual(30);
    const record = 'api::case-event.case-event';
    const entries = await original.strapi.db.query(record).count();
    expect(entries).toBeGreaterThan(30);

    const file = path.join(work, 'kopia');
    // Stopped first, as the nightly copy would run it; Strapi also allows one instance per process.
    resumeOriginal = await original.halt();
    const backup = script('backup', [file], { ...process.env, BACKUP_KEY: KEY });
    expect(backup.status, backup.stdout + backup.stderr).toBe(0);
    expect(fs.existsSync(`${file}.tar.gz.enc`)).toBe(true);
    // Encrypted: none of the questions can be read from the file as it lies on disk.
    expect(fs.readFileSync(`${file}.tar.gz.enc`).includes(Buffer.from('"title"'))).toBe(false);
    expect(script('backup', [path.join(work, 'utan-nyckel')], { ...process.env, BACKUP_KEY: '' }).stderr).toMatch(/BACKUP_KEY saknas/);

    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${restoredDb}"`);
    await admin.end();
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${restoredDb}`;
    const target = { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() };
    expect(script('restore', [`${file}.tar.gz.enc`], { ...process.env, ...target, BACKUP_KEY: 'fel-nyckel-som-är-lång' }).status).not.toBe(0);
    const restore = script('restore', [`${file}.tar.gz.enc`], { ...process.env, ...target, BACKUP_KEY: KEY });
    expect(restore.status, restore.stdout + restore.stderr).toBe(0);
    // Again, over the restored database: the restore replaces the case record too, which nothing else may change.
    const again = script('restore', [`${file}.tar.gz.enc`], { ...process.env, ...target, BACKUP_KEY: KEY });
    expect(again.status, again.stdout + again.stderr).toBe(0);

    const restored = await startCms({ env: target });
    running.push(restored);
    expect(await snapshot(restored)).toEqual(before);
    expect(await restored.strapi.db.query(record).count()).toBe(entries);
  }, 300_000);
});
