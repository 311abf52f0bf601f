import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Runs the real site server (site/server/site.ts) against a test CMS, on a free port, with its own releases folder. */

export const SITE_DIR = path.resolve(import.meta.dirname, '../../site');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
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
  const url = `http://127.0.0.1:${options.port}`;
  const until = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Site server exited: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) break;
    } catch {
      // starting
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
