import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { descendants, isAlive as alive } from '../helpers/processes';
import { freePort, SITE_DIR } from '../helpers/site';

/**
 * `npm start` as a person runs it, and as a service manager stops it: every process it started is
 * gone after SIGTERM, and no port is left held. And a too-old Node gets one Swedish sentence.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'frageladan-start-'));
fs.mkdirSync(path.join(SITE_DIR, 'releases-test'), { recursive: true });
const releases = fs.mkdtempSync(path.join(SITE_DIR, 'releases-test', 'start-'));

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(releases, { recursive: true, force: true });
});

const tree = (root: number) => [root, ...descendants(root)];

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function until(ms: number, check: () => Promise<boolean>, what: string, log: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} within ${ms} ms. Output:\n${log()}`);
}

describe('npm start', () => {
  it('stops every process it started on SIGTERM, leaving no port held', async () => {
    const cmsPort = await freePort();
    const sitePort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      FRAGELADAN_ENV_FILE: path.join(work, 'env'),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(work, 'db.sqlite'),
      PORT: String(cmsPort),
      HOST: '127.0.0.1',
      SITE_PORT: String(sitePort),
      SITE_HOST: '127.0.0.1',
      CMS_URL: `http://127.0.0.1:${cmsPort}`,
      SITE_URL: `http://127.0.0.1:${sitePort}`,
      SITE_RELEASES_DIR: releases,
      SITE_OUTBOX_DIR: path.join(work, 'outbox'),
      SERVE_ADMIN_PANEL: 'false',
      FRAGELADAN_DEMO_CONTENT: 'false',
      CRON_ENABLED: 'false',
    };
    delete env.DATABASE_URL;
    delete env.REBUILD_SECRET;
    let output = '';
    const npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    npm.stdout!.on('data', (chunk) => (output += chunk));
    npm.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
    try {
      await until(
        120_000,
        async () => {
          if (npm.exitCode !== null) throw new Error(`npm start ended early:\n${output}`);
          return (await listening(cmsPort)) && (await listening(sitePort));
        },
        'CMS and site up',
        () => output,
      );
      // Let the site's first build start, so that there is a grandchild to leave behind.
      await new Promise((r) => setTimeout(r, 1500));
      const started = tree(npm.pid!);
      expect(started.length).toBeGreaterThanOrEqual(3);

      npm.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      const survivors = () =>
        started.filter(alive).map((pid) => `${pid}: ${fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}`);
      await until(15_000, async () => survivors().length === 0, 'every process gone', () => `${survivors().join('\n')}\n${output}`);
      expect(await listening(cmsPort)).toBe(false);
      expect(await listening(sitePort)).toBe(false);
    } finally {
      for (const pid of tree(npm.pid!)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }, 180_000);
});

describe('on a Node.js that is too old', () => {
  // This machine's own node (Debian's) is 20; elsewhere a preload makes the running node claim 20.
  const old = spawnSync('/usr/bin/node', ['-p', 'process.versions.node'], { encoding: 'utf8' });
  const oldNode = old.status === 0 && Number(old.stdout.split('.')[0]) < 22 ? '/usr/bin/node' : null;

  it('npm start and npm test say in one Swedish sentence what to install', () => {
    for (const script of ['start', 'test']) {
      const env = { ...process.env };
      let command = 'npm';
      if (oldNode) {
        env.PATH = `${path.dirname(oldNode)}:${env.PATH}`;
        command = path.join(path.dirname(oldNode), 'npm');
      } else {
        const preload = path.join(work, 'old-node.cjs');
        fs.writeFileSync(preload, "Object.defineProperty(process.versions, 'node', { value: '20.20.2' });");
        env.NODE_OPTIONS = `--require ${preload}`;
      }
      const run = spawnSync(fs.existsSync(command) || !oldNode ? command : 'npm', ['run', script], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
      expect(run.status, script).not.toBe(0);
      expect(run.stderr, script).toMatch(/Frågelådan behöver Node\.js 22\.12 eller senare/);
      expect(run.stderr, script).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|Unexpected token|SyntaxError/);
    }
  });
});
