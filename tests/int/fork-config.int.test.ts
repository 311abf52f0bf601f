import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from '../helpers/cms';
import { freePort, startSite, type TestSite } from '../helpers/site';

/**
 * A municipality that forks the project changes config/ only. Built with the example configuration
 * for a fictional small municipality, the site (and the CMS that seeds its referrals) carries that
 * municipality's name, numbers and colours, and none of the default one's.
 */

const EXAMPLE = 'config/examples/smaby.ts';
// Before anything loads config/: the CMS in this worker and the site server both read it from here.
process.env.FRAGELADAN_CONFIG = EXAMPLE;

const DEFAULT_MUNICIPALITY = ['Exempelkommun', 'exempelkommun', '040-34 66 66', '040-34 10 00', '#1d4f91', '#f3c300', '#a4000f'];
const SMABY = ['Småby kommun', '0910-55 12 00', '#2e5e2b', 'Socialen i Småby'];

let cms: TestCms;
let site: TestSite;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(html|json|csv|xml|js|css|svg|txt)$/.test(entry.name)) yield full;
  }
}

beforeAll(async () => {
  const port = await freePort();
  const rebuildSecret = 'r'.repeat(32);
  cms = await startCms({ demoContent: true, env: { REBUILD_SECRET: rebuildSecret, SITE_INTERNAL_URL: `http://127.0.0.1:${port}` } });
  site = await startSite({
    port,
    cmsUrl: cms.url,
    readToken: cms.tokens.read,
    rebuildSecret,
    env: { FRAGELADAN_CONFIG: EXAMPLE, CMS_SUBMIT_TOKEN: cms.tokens.submit },
  });
}, 300_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('a site built with another configuration', () => {
  it("has the example municipality's name, numbers and colours, and none of the default's", async () => {
    const release = fs.readdirSync(site.releases).find((name) => fs.existsSync(path.join(site.releases, name, 'release.json')));
    expect(release).toBeDefined();
    const client = path.join(site.releases, release!, 'client');
    const found: Record<string, string[]> = {};
    let all = '';
    for (const file of files(client)) {
      const text = fs.readFileSync(file, 'utf8');
      all += text;
      for (const needle of DEFAULT_MUNICIPALITY) {
        if (text.toLowerCase().includes(needle.toLowerCase())) (found[needle] ??= []).push(path.relative(client, file));
      }
    }
    expect(found).toEqual({});
    for (const needle of SMABY) expect(all, needle).toContain(needle);

    // Pages rendered on request (the ask form's result, the receipt) use it too.
    const receipt = await (await fetch(`${site.url}/kvitto`)).text();
    expect(receipt).toContain('Fråga Socialen i Småby');
    expect(receipt).not.toContain('Exempelkommun');
  });
});
