import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_URL } from '../helpers/cms';
import { desk, draftOf } from '../helpers/desk';
import { adminLogin, type AdminClient } from '../helpers/http';
import { freePort, SITE_DIR, within } from '../helpers/site';

/**
 * The road to production as the README describes it, on PostgreSQL: `npm run start:prod` with
 * NODE_ENV=production and every secret from the environment. An administrator invites two
 * editors; a citizen asks through the site; one editor answers, the other approves and publishes;
 * the page is on the site. Both services log JSON lines with no citizen's address or text in them,
 * and say only "ok" about their health to anyone but the operator.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'frageladan-prod-'));
fs.mkdirSync(path.join(SITE_DIR, 'releases-test'), { recursive: true });
const releases = fs.mkdtempSync(path.join(SITE_DIR, 'releases-test', 'prod-'));
const database = `frageladan_prod_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
const secret = () => crypto.randomBytes(24).toString('base64');
const REBUILD_SECRET = secret();
const ADMIN = { email: 'drift@kommun.example', password: 'Kaffe-Regn-Fönster-41' };
const STRONG = 'Lampa-Sjö-Cykel-Tulpan-8';
const CLIENT = '10.9.8.7';
const MARKER = `FLODTEXT${crypto.randomBytes(4).toString('hex')}`;

let npm: ChildProcess;
let output = '';
let cmsUrl = '';
let siteUrl = '';

async function postgres(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(async () => {
  await postgres(`CREATE DATABASE "${database}"`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  const cmsPort = await freePort();
  const sitePort = await freePort();
  cmsUrl = `http://127.0.0.1:${cmsPort}`;
  siteUrl = `http://127.0.0.1:${sitePort}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: url.toString(),
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    REBUILD_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SITE_URL: siteUrl,
    CMS_URL: cmsUrl,
    SITE_INTERNAL_URL: siteUrl,
    HOST: '127.0.0.1',
    PORT: String(cmsPort),
    SITE_HOST: '127.0.0.1',
    SITE_PORT: String(sitePort),
    FRAGELADAN_ENV_FILE: path.join(work, 'nycklar.env'),
    SITE_RELEASES_DIR: releases,
    SITE_OUTBOX_DIR: path.join(work, 'outbox'),
    TRUST_PROXY: '1',
    REBUILD_DEBOUNCE_MS: '200',
    // The compiled server code is what the test run built; the admin panel is not needed here.
    SERVE_ADMIN_PANEL: 'false',
  };
  npm = spawn('npm', ['run', '--silent', 'start:prod'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  npm.stdout!.on('data', (chunk) => (output += chunk));
  npm.stderr!.on('data', (chunk) => (output += chunk));
  await within(150_000, async () => {
    if (npm.exitCode !== null) throw new Error(`npm run start:prod ended:\n${output}`);
    try {
      return (await fetch(`${siteUrl}/api/health`)).status === 200;
    } catch {
      return false;
    }
  }).catch((error) => {
    throw new Error(`${(error as Error).message}\n${output}`);
  });
}, 200_000);

afterAll(async () => {
  if (npm && npm.exitCode === null) {
    const exited = new Promise((resolve) => npm.once('exit', resolve));
    npm.kill('SIGTERM');
    await exited;
  }
  await postgres(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(releases, { recursive: true, force: true });
});

async function inviteEditor(admin: AdminClient, email: string): Promise<AdminClient> {
  const roles = (await admin.send('GET', '/admin/roles')).body.data as Array<{ id: number; code: string }>;
  const editorRole = roles.find((r) => r.code === 'strapi-editor')!.id;
  const invited = await admin.send('POST', '/admin/users', { email, firstname: 'Socialsekreterare', lastname: email.split('@')[0], roles: [editorRole] });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  const registered = await admin.send('POST', '/admin/register', {
    registrationToken: invited.body.data.registrationToken,
    userInfo: { firstname: 'Socialsekreterare', lastname: email.split('@')[0], password: STRONG },
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(200);
  return adminLogin(cmsUrl, email, STRONG);
}

/** A citizen's question as a plain form post (no JavaScript), from behind the municipality's proxy. */
function ask(text: string, client = `10.1.${crypto.randomInt(250)}.${crypto.randomInt(250)}`) {
  return fetch(`${siteUrl}/fraga/skicka`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: siteUrl, 'X-Forwarded-For': client },
    body: new URLSearchParams({ text, topic: '' }).toString(),
  });
}

describe('npm run start:prod on PostgreSQL', () => {
  it('has no demo editors or content, and takes a question from a citizen to a published page through two editors', async () => {
    await expect(adminLogin(cmsUrl, 'redaktor1@example.se', 'Demo-Redaktor-2026')).rejects.toThrow();
    const admin = await adminLogin(cmsUrl, ADMIN.email, ADMIN.password);
    const writer = await inviteEditor(admin, 'anna@kommun.example');
    const reviewer = await inviteEditor(admin, 'bo@kommun.example');

    const text = 'Min mamma har fått ett brev om att hennes hemtjänst ska minskas. Hur kan man överklaga ett sådant beslut?';
    const asked = await ask(text);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);

    // The administrator keeps the style guide; the editors work in the desk (Redaktionen), as they would.
    const opening = 'Hej och tack för din fråga!';
    const closing = 'Hör gärna av dig igen. Med vänliga hälsningar, Frågelådan';
    const template = await admin.create('api::style-template.style-template', { name: 'Standard', opening, closing });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const anna = desk(writer);
    const bo = desk(reviewer);
    const inbox = await anna.inbox('new');
    expect(inbox.status, JSON.stringify(inbox.body)).toBe(200);
    const id = (inbox.body.items as Array<{ id: string; firstLine: string }>).find((item) => text.startsWith(item.firstLine.replace(/…$/, '')))?.id;
    expect(id, JSON.stringify(inbox.body.items)).toBeDefined();
    expect((await anna.take(id!)).status).toBe(200);
    const sent = await anna.submit(id!, {
      ...draftOf(await anna.load(id!)),
      title: 'Hur överklagar man ett beslut om hemtjänst?',
      answer: `${opening}\n\nBeslutet kan överklagas till förvaltningsrätten inom tre veckor.\n\n${closing}`,
      templateId: template.body.data.documentId,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect((await anna.approvePublish(id!)).status).toBe(400);
    const published = await bo.approvePublish(id!);
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    const page = `${siteUrl}/fragor/hur-overklagar-man-ett-beslut-om-hemtjanst`;
    await within(60_000, async () => (await fetch(page)).status === 200);
    expect(await (await fetch(page)).text()).toContain('förvaltningsrätten');
  }, 120_000);

  it('tells anyone only "ok" about its health, and the operator what runs', async () => {
    for (const base of [siteUrl, cmsUrl]) {
      const anyone = await (await fetch(`${base}/api/health`)).json();
      expect(anyone).toEqual({ status: 'ok' });
      const operator = await (await fetch(`${base}/api/health`, { headers: { Authorization: `Bearer ${REBUILD_SECRET}` } })).json();
      expect(Object.keys(operator).length, base).toBeGreaterThan(1);
    }
    const cms = await (await fetch(`${cmsUrl}/api/health`, { headers: { Authorization: `Bearer ${REBUILD_SECRET}` } })).json();
    expect(cms.database).toBe('postgres');
  });

  it('logs JSON lines only, and none with a citizen’s address or text, even when one floods the form', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await ask(`${MARKER} Jag undrar hur man gör när man behöver hjälp med hyran.`, CLIENT)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    const lines = output.split('\n').filter((line) => line.trim());
    expect(lines.length).toBeGreaterThan(5);
    const notJson = lines.filter((line) => {
      try {
        return typeof JSON.parse(line) !== 'object';
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
    expect(lines.filter((line) => line.includes(CLIENT) || line.includes(MARKER) || line.includes('hemtjänst'))).toEqual([]);
  });
});
