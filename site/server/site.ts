/**
 * The site's server: serves the current release's prerendered pages and search index, hands the few
 * on-demand routes to Astro's node handler, and takes the CMS's publish webhook to rebuild. It logs
 * no request, sets no cookie and stores nothing about a visitor.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withEnvFile } from '@frageladan/config/env-file';
import sirv from 'sirv';
import { latestRelease, type Release } from './build.ts';
import { createRebuilder } from './rebuilder.ts';
import { createIntake } from './intake/handler.ts';
import { createOutbox } from './intake/outbox.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next?: (err?: unknown) => void) => void;

interface Live {
  release: Release;
  files: ReturnType<typeof sirv>;
  astro: Handler;
  notFound: Buffer | null;
}

const port = Number(process.env.SITE_PORT ?? process.env.PORT_SITE ?? 4321);
const host = process.env.SITE_HOST ?? '0.0.0.0';
const cmsUrl = (process.env.CMS_URL ?? 'http://localhost:1337').replace(/\/$/, '');
const rebuildSecret = process.env.REBUILD_SECRET ?? '';

const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

let live: Live | undefined;

const intake = createIntake({
  outbox: createOutbox(process.env.SITE_OUTBOX_DIR ?? path.join(import.meta.dirname, '..', 'outbox')),
  // Behind the municipality's reverse proxy the client is in X-Forwarded-For; never trusted otherwise.
  trustProxy: process.env.TRUST_PROXY === '1',
});

async function activate(release: Release): Promise<void> {
  const entry = path.join(release.dir, 'server', 'entry.mjs');
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: Handler };
  const notFoundFile = path.join(release.dir, 'client', '404.html');
  live = {
    release,
    files: sirv(path.join(release.dir, 'client'), { dev: false, etag: true, dotfiles: false, extensions: ['html'] }),
    astro: handler,
    notFound: fs.existsSync(notFoundFile) ? fs.readFileSync(notFoundFile) : null,
  };
}

function authorised(req: http.IncomingMessage): boolean {
  const given = Buffer.from(String(req.headers.authorization ?? ''));
  const expected = Buffer.from(`Bearer ${rebuildSecret}`);
  return rebuildSecret.length >= 16 && given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** The CMS writes the site's read token into the env file once it is up, possibly after this
 * server started, and writes a new one if it had to make one: each build reads the file again. */
function buildEnv(): NodeJS.ProcessEnv {
  return withEnvFile(process.env);
}

const rebuilder = createRebuilder({
  debounceMs: Number(process.env.REBUILD_DEBOUNCE_MS ?? 1000),
  env: buildEnv,
  onRelease: activate,
});

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS });
  res.end(body);
}

const server = http.createServer((req, res) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const url = new URL(req.url ?? '/', 'http://site');

  if (url.pathname === '/api/rebuild') {
    if (req.method !== 'POST') return send(res, 405, 'Använd POST.');
    if (!authorised(req)) return send(res, 401, 'Fel eller saknad nyckel.');
    req.resume();
    rebuilder.request();
    return send(res, 202, JSON.stringify({ queued: true }), 'application/json');
  }
  if (url.pathname === '/api/questions') {
    if (req.method !== 'POST') return send(res, 405, 'Använd POST.');
    void intake.handle(req, res);
    return;
  }
  if (url.pathname === '/api/altcha') {
    void intake.challenge(res);
    return;
  }
  if (url.pathname === '/api/health') {
    return send(
      res,
      live ? 200 : 503,
      JSON.stringify({ release: live?.release.id ?? null, building: rebuilder.building(), outbox: intake.delivery.pending() }),
      'application/json',
    );
  }
  if (!live) {
    res.setHeader('Retry-After', '10');
    return send(res, 503, 'Webbplatsen byggs just nu. Försök igen om en liten stund.');
  }
  const current = live;
  current.files(req, res, () => {
    current.astro(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(current.notFound ?? 'Sidan finns inte.');
    });
  });
});

async function waitForCms(timeoutMs = 300_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${cmsUrl}/_health`);
      if (response.ok || response.status === 204) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`CMS:et svarar inte på ${cmsUrl}.`);
}

async function main(): Promise<void> {
  server.listen(port, host, () => console.log(`Webbplatsen svarar på http://localhost:${port}`));
  const existing = latestRelease();
  if (existing) await activate(existing);
  else console.log('Bygger webbplatsen från CMS:et …');
  await waitForCms();
  // Content may have changed while the site was down; with no release yet this is the first build.
  rebuilder.request(0);
}

// A failure in one request or build must not take the site down for everyone.
process.on('unhandledRejection', (reason) => console.error(`Oväntat fel: ${(reason as Error)?.message ?? reason}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}

main().catch((error) => {
  console.error(`Webbplatsen kunde inte starta: ${(error as Error).message}`);
  process.exit(1);
});
