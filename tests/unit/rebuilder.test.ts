import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** A releases folder of its own, inside site/ as in production (the built code resolves its packages from there). */
function freshReleases(): string {
  const parent = path.resolve(import.meta.dirname, '../../site/releases-test');
  fs.mkdirSync(parent, { recursive: true });
  const releases = fs.mkdtempSync(path.join(parent, 'unit-'));
  process.env.SITE_RELEASES_DIR = releases;
  return releases;
}

describe('a rebuild that fails', () => {
  it('leaves the previous release in place and no half-built release behind', async () => {
    const releases = freshReleases();
    const old = path.join(releases, '2020-01-01T00-00-00-000Z');
    fs.mkdirSync(path.join(old, 'client'), { recursive: true });
    fs.writeFileSync(path.join(old, 'release.json'), JSON.stringify({ id: path.basename(old), builtAt: '', buildMs: 1, pages: 1 }));
    const { createRebuilder } = await import('../../site/server/rebuilder.ts');
    const { latestRelease } = await import('../../site/server/build.ts');
    const messages: string[] = [];
    const activated: string[] = [];
    const rebuilder = createRebuilder({
      debounceMs: 10,
      // An unreachable CMS: the Astro build must fail.
      env: () => ({ ...process.env, CMS_URL: 'http://127.0.0.1:9', CMS_READ_TOKEN: 'x' }),
      onRelease: (release) => void activated.push(release.id),
      log: (message) => messages.push(message),
    });
    rebuilder.request();
    await new Promise((r) => setTimeout(r, 50));
    await rebuilder.idle();
    expect(activated).toEqual([]);
    expect(messages.join('\n')).toMatch(/misslyckades; den tidigare versionen visas fortfarande.*Kunde inte nå CMS:et på http:\/\/127\.0\.0\.1:9/s);
    // Besides the releases, only the incremental build's cache may be there.
    expect(fs.readdirSync(releases).filter((name) => name !== 'astro-cache')).toEqual([path.basename(old)]);
    expect(latestRelease()?.id).toBe(path.basename(old));
    fs.rmSync(releases, { recursive: true, force: true });
  }, 120_000);
});

describe('the build asked for at start', () => {
  it('counts as under way at once, and a publish just after it does not push it back by the debounce', async () => {
    const releases = freshReleases();
    const { createRebuilder } = await import('../../site/server/rebuilder.ts');
    const messages: string[] = [];
    const rebuilder = createRebuilder({
      debounceMs: 600_000,
      env: () => ({ ...process.env, CMS_URL: 'http://127.0.0.1:9', CMS_READ_TOKEN: 'x' }),
      onRelease: () => {},
      log: (message) => messages.push(message),
    });
    expect(rebuilder.building()).toBe(false);
    rebuilder.request(0);
    // The operator's health check (and a restart's test) sees the build before its timer fires.
    expect(rebuilder.building()).toBe(true);
    rebuilder.request();
    expect(rebuilder.building()).toBe(true);
    await rebuilder.idle();
    // It ran (and failed on the unreachable CMS) without waiting out the ten minutes.
    expect(messages.join('\n')).toMatch(/Ombyggnaden misslyckades/);
    expect(rebuilder.building()).toBe(false);
    fs.rmSync(releases, { recursive: true, force: true });
  }, 120_000);
});
