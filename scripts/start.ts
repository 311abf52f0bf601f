/**
 * `npm start`: the whole service on this machine. Generates secrets on first run, builds what
 * changed, then runs the CMS and the site side by side until Ctrl-C or SIGTERM; if one stops, all
 * stop. Each service runs in a process group of its own, and stopping takes the whole group, so no
 * Strapi or Astro build is left behind holding a port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCmsIfChanged, CMS_DIR, isCmsBuilt, ROOT } from './lib/cms-build.ts';
import { serviceEnvironment } from './lib/environment.ts';
import { createLog } from '../site/server/log.ts';

const require = createRequire(import.meta.url);
const env = serviceEnvironment();
const log = createLog(env.NODE_ENV === 'production' ? env.LOG_FORMAT !== 'text' : env.LOG_FORMAT === 'json', 'start');
// Without the admin panel (SERVE_ADMIN_PANEL=false) only the server code needs compiling.
const admin = !/^(0|false|no|nej|off)$/i.test(env.SERVE_ADMIN_PANEL ?? '');
if (env.NODE_ENV === 'production') {
  // Production runs what `npm run build` made, and never builds on its own.
  if (!isCmsBuilt({ admin })) {
    log('CMS:et är inte byggt för den här versionen av koden. Kör npm run build först.', 'error');
    process.exit(1);
  }
} else {
  buildCmsIfChanged(env, { admin });
}

interface Service {
  name: string;
  cwd: string;
  args: string[];
}

// Strapi's CLI itself, not npx: one process less between this one and Strapi.
const strapiCli = path.resolve(path.dirname(require.resolve('@strapi/strapi')), '..', 'bin', 'strapi.js');

const services: Service[] = [
  { name: 'cms', cwd: CMS_DIR, args: [strapiCli, 'start'] },
  { name: 'site', cwd: path.join(ROOT, 'site'), args: ['server/site.ts'] },
];

const running: ChildProcess[] = [];
let stopping = false;

/** Signals the child's whole process group: the service and anything it started (a site build). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of running) signalGroup(child, 'SIGTERM');
  // Whatever has not stopped after ten seconds is stopped hard, then this process exits.
  setTimeout(() => {
    for (const child of running) signalGroup(child, 'SIGKILL');
    process.exit(code);
  }, 10_000).unref();
}

// Node's own warnings (a library's deprecation) are printed as plain text; with JSON logs they are
// silenced here and each service logs them as JSON lines itself.
const nodeOptions = env.NODE_ENV === 'production' && env.LOG_FORMAT !== 'text' ? ['--no-warnings'] : [];

for (const service of services) {
  const child = spawn(process.execPath, [...nodeOptions, ...service.args], { cwd: service.cwd, env, stdio: 'inherit', detached: true });
  child.on('exit', (code) => {
    if (!stopping) log(`${service.name} stoppade (kod ${code ?? 'signal'}); stänger resten.`, 'error');
    // A service that ends leaves its group behind it (a build it started): take that too.
    signalGroup(child, 'SIGTERM');
    stopAll(code ?? 1);
    if (running.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
  running.push(child);
}

log(`Redaktionsverktyget startar på ${env.CMS_URL || 'http://localhost:1337'}/admin`);
log(`Webbplatsen startar på ${env.SITE_URL || 'http://localhost:4321'} när CMS:et är igång.`);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopAll(0));
// npm passes SIGTERM on (the script is exec'd), but if whatever started this process dies without a
// word (SIGKILL), the services must not live on without it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stopAll(0);
}, 1000).unref();
