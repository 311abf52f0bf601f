/**
 * `npm start`: the whole service on this machine. Generates secrets on first run, builds what
 * changed, then runs every service side by side until Ctrl-C; if one stops, all stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { buildCmsIfChanged, CMS_DIR, ROOT } from './lib/cms-build.ts';
import { assertNodeVersion, serviceEnvironment } from './lib/environment.ts';

assertNodeVersion();
const env = serviceEnvironment();
buildCmsIfChanged(env);

interface Service {
  name: string;
  cwd: string;
  command: string[];
}

const services: Service[] = [
  { name: 'cms', cwd: CMS_DIR, command: ['npx', '--no-install', 'strapi', 'start'] },
  { name: 'site', cwd: path.join(ROOT, 'site'), command: ['node', 'server/site.ts'] },
];

const running: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of running) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
}

for (const service of services) {
  const [command, ...args] = service.command;
  const child = spawn(command, args, { cwd: service.cwd, env, stdio: 'inherit' });
  child.on('exit', (code) => {
    if (!stopping) console.error(`${service.name} stoppade (kod ${code ?? 'signal'}); stänger resten.`);
    stopAll(code ?? 1);
    if (running.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
  running.push(child);
}

console.log(`Redaktionsverktyget startar på ${env.CMS_URL ?? 'http://localhost:1337'}/admin`);
console.log(`Webbplatsen startar på ${env.SITE_URL ?? 'http://localhost:4321'} när CMS:et är igång.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(0));
