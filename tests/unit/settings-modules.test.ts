import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envExample } from '../../scripts/lib/env-example';
import { assertReleasesInSite, siteSettings } from '../../site/server/settings';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('settings, each read through one checked module per service', () => {
  it('.env.example is what the settings modules declare (npm run env-example writes it)', () => {
    expect(fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8')).toBe(envExample());
  });

  it('no code of the services reads process.env with a default of its own', () => {
    // Working-tree files too (--untracked), so that a new file is checked before it is committed.
    const grep = spawnSync('git', ['grep', '--untracked', '-nE', 'process\\.env\\.[A-Z_]+ *(\\?\\?|\\|\\|)', '--', 'cms/src', 'cms/config', 'site/src', 'site/server'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(grep.stdout).toBe('');
  });

  it("the site's settings refuse a production start without its addresses and secret, naming them", () => {
    expect(() => siteSettings({ NODE_ENV: 'production' })).toThrow(/SITE_URL saknas.*CMS_URL saknas.*REBUILD_SECRET saknas|SITE_URL saknas/);
    expect(() => siteSettings({ TRUST_PROXY: 'ja' })).toThrow(/TRUST_PROXY har ett ogiltigt värde/);
    // A release outside site/ cannot find its packages: refused at start, with the reason, not at the first build.
    for (const outside of ['/var/lib/frageladan/releases', path.join(ROOT, 'site'), path.join(ROOT, 'releases')]) {
      expect(() => assertReleasesInSite(siteSettings({ SITE_RELEASES_DIR: outside })), outside).toThrow(/SITE_RELEASES_DIR måste vara en mapp i webbplatsens mapp/);
    }
    expect(() => assertReleasesInSite(siteSettings({ SITE_RELEASES_DIR: path.join(ROOT, 'site', 'data', 'releases') }))).not.toThrow();
    expect(() => assertReleasesInSite(siteSettings({}))).not.toThrow();
    const settings = siteSettings({});
    expect(settings.port).toBe(4321);
    expect(settings.trustProxy).toBe(0);
  });
});
