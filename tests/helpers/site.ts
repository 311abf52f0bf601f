import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Runs the real site server (site/server/site.ts) against a test CMS, on a free port, with its own releases folder. */

export const SITE_DIR = path.resolve(import.meta.dirname, '../../site');

/**
 * A port for a server that is started later, when others must know its address first (the CMS's
 * webhook, the site's own URL). Strapi listens on port 0 and every outgoing connection takes a port,
 * both from the kernel's ephemeral range: a port picked there is free now and may be taken by the
 * time the site server binds it (CI once saw another process answer on it, then reset the
 * connection). So these come from below that range, from a block of its own for each test worker,
 * and never twice from one process.
 */
const handedOut = new Set<number>();
const BLOCK = 1_500;

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  const worker = Number(process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? 0) % 8;
  const base = 20_000 + worker * BLOCK;
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = base + crypto.randomInt(BLOCK);
    if (handedOut.has(port) || !(await bindable(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`No free port in ${base}–${base + BLOCK - 1}`);
}

export interface TestSite {
  url: string;
  outbox: string;
  log: () => string;
  releases: string;
  stop(keepFiles?: boolean): Promise<void>;
}

export async function startSite(options: {
  port: number;
  cmsUrl: string;
  readToken: string;
  rebuildSecret: string;
  env?: Record<string, string>;
  /** Reuse the releases and outbox of an earlier run, as a restarted site server would. */
  releases?: string;
}): Promise<TestSite> {
  // Inside site/, not /tmp: the built server code resolves its packages from site/'s node_modules.
  fs.mkdirSync(path.join(SITE_DIR, 'releases-test'), { recursive: true });
  const releases = options.releases ?? fs.mkdtempSync(path.join(SITE_DIR, 'releases-test', 'run-'));
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['server/site.ts'], {
    cwd: SITE_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SITE_URL: `http://127.0.0.1:${options.port}`,
      SITE_PORT: String(options.port),
      SITE_HOST: '127.0.0.1',
      SITE_RELEASES_DIR: releases,
      SITE_OUTBOX_DIR: path.join(releases, 'outbox'),
      CMS_URL: options.cmsUrl,
      CMS_READ_TOKEN: options.readToken,
      POW_MAX_NUMBER: '5000',
      REBUILD_SECRET: options.rebuildSecret,
      REBUILD_DEBOUNCE_MS: '300',
      ...options.env,
      FRAGELADAN_ENV_FILE: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it also stops a build it is running.
    detached: true,
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  let stopping = false;
  // A site server that dies under a test shows up as a reset or refused fetch; its own last words say why.
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`\nThe site server on port ${options.port} exited (code ${code}, signal ${signal}). Its log:\n${output.slice(-8_000)}\n`);
  });
  const url = `http://127.0.0.1:${options.port}`;
  const until = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Site server exited: ${output}`);
    // Only our child's own word that it listens counts: a 200 from the port might be someone else's.
    if (output.includes('Webbplatsen svarar på')) {
      try {
        if ((await fetch(`${url}/api/health`)).status === 200) break;
      } catch {
        // starting
      }
    }
    if (Date.now() > until) throw new Error(`Site did not come up: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    releases,
    outbox: path.join(releases, 'outbox'),
    log: () => output,
    async stop(keepFiles = false) {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
        await exited;
      }
      if (!keepFiles) fs.rmSync(releases, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/** Polls until `check` passes or the time is up; returns the milliseconds it took. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Not within ${ms} ms`);
}
