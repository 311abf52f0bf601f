import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCmsIfChanged, CMS_DIR, ROOT } from './cms-build.ts';
import { serviceEnvironment } from './environment.ts';
import { operatorSettings } from './settings.ts';

export { ROOT };

const LOG_DIR = path.join(ROOT, 'backups', 'logs');

const require = createRequire(import.meta.url);

/** The key that encrypts backups: from BACKUP_KEY, never generated, never written down by us. */
export function backupKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = operatorSettings(env).backupKey ?? '';
  if (key.length < 16) {
    console.error('BACKUP_KEY saknas eller är kortare än 16 tecken. Sätt den i miljön (till exempel från kommunens lösenordshanterare).');
    process.exit(1);
  }
  return key;
}

/**
 * Runs Strapi's own CLI on the CMS, with the service's settings, and stops on failure. Strapi's
 * import can report a fatal error (a wrong key) and then not exit: a line marked FATAL ends it.
 */
export async function runStrapi(args: string[]): Promise<void> {
  const env = { ...serviceEnvironment(), CRON_ENABLED: 'false', FRAGELADAN_DEMO_CONTENT: 'false', LOG_LEVEL: 'warn' };
  buildCmsIfChanged(env, { admin: false });
  const cli = path.resolve(path.dirname(require.resolve('@strapi/strapi')), '..', 'bin', 'strapi.js');
  const logs = () => new Set(fs.readdirSync(CMS_DIR).filter((name) => /^(export|import)_\d+\.log$/.test(name)));
  const before = logs();
  const child = spawn(process.execPath, [cli, ...args], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let fatal = false;
  const watch = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) =>
    stream.on('data', (chunk: Buffer) => {
      out.write(chunk);
      if (!fatal && /\[FATAL\]/.test(String(chunk))) {
        fatal = true;
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }
    });
  watch(child.stdout, process.stdout);
  watch(child.stderr, process.stderr);
  const run = await new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (status, signal) => resolve({ status: fatal ? 1 : status, signal })),
  );
  // Strapi leaves a diagnostic log in cms/; it belongs with the backups, not in the source tree.
  for (const name of logs()) {
    if (before.has(name)) continue;
    fs.mkdirSync(LOG_DIR, { recursive: true });
    fs.renameSync(path.join(CMS_DIR, name), path.join(LOG_DIR, name));
  }
  if (run.status !== 0) {
    console.error(`strapi ${args[0]} misslyckades (kod ${run.status ?? run.signal}). Strapis logg finns i ${LOG_DIR}.`);
    process.exit(run.status ?? 1);
  }
}
