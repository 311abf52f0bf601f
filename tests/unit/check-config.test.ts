import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/schema';
import smaby from '../../config/examples/smaby';

const ROOT = path.resolve(import.meta.dirname, '../..');
const check = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-config.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run check-config', () => {
  it('accepts the default configuration and the example for a small municipality', () => {
    expect(check().stdout).toContain('giltig konfiguration för Frågelådan');
    const example = check('config/examples/smaby.ts');
    expect(example.status).toBe(0);
    expect(example.stdout).toContain('Småby kommun');
  });

  it('names each wrong key, in Swedish, and fails', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-'));
    const file = path.join(dir, 'fel.mjs');
    const broken = { ...smaby, colours: { ...smaby.colours, primary: 'grön' }, answerPromise: { workingDays: 0 } };
    fs.writeFileSync(file, `export default ${JSON.stringify(broken)};`);
    const run = check(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('colours.primary');
    expect(run.stderr).toContain('answerPromise.workingDays');
    expect(run.stderr).toMatch(/Fel i/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('FRAGELADAN_CONFIG chooses the configuration both services load', () => {
    const fallback = loadConfig(smaby, {});
    expect(fallback.municipality.name).toBe('Småby kommun');
    const chosen = loadConfig(fallback, { FRAGELADAN_CONFIG: 'config/examples/smaby.ts' });
    expect(chosen.contacts.socialjour.phone).toBe('0910-55 12 00');
  });
});
