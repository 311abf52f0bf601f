import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { SITE_DIR } from '../helpers/site';
import { A, Q, T, createTemplate, receiveQuestion, setStage, styledAnswer, writeAnswer } from '../helpers/workflow';

/**
 * An incremental release equals a full one. The real CMS changes between two releases (a question
 * published, an answer edited, one unpublished, one moved to another topic); the release built on
 * the earlier one is then compared file by file with a full build of the same data in a folder of
 * its own. Only timestamps may differ. Any doubt (an unreadable cache, other code) means a full build.
 */

let cms: TestCms;
let one: AdminClient;
let two: AdminClient;
let topics: Array<{ documentId: string; slug: string }> = [];
const parent = path.join(SITE_DIR, 'releases-test');
const dirs: string[] = [];

function build(releases: string, full = false, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['server/build-once.ts', ...(full ? ['--full'] : [])], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SITE_URL: 'http://127.0.0.1:4999',
        SITE_RELEASES_DIR: releases,
        CMS_URL: cms.url,
        CMS_READ_TOKEN: cms.tokens.read,
        REBUILD_SECRET: 'r'.repeat(32),
        FRAGELADAN_ENV_FILE: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(output))));
  });
}

function release(releases: string): string {
  const id = fs.readdirSync(releases).filter((name) => fs.existsSync(path.join(releases, name, 'release.json'))).sort().at(-1)!;
  return path.join(releases, id);
}

function tree(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const name = path.join(prefix, entry.name);
    return entry.isDirectory() ? tree(dir, name) : [name];
  });
}

/** Timestamps are the only thing allowed to differ between the two builds. */
// The open data say when they were made: the bank's files as "generated", the statistics as "generatedAt".
const withoutTimestamps = (text: string) => text.replace(/"(generated|generatedAt)":\s*"[^"]+"/g, '"$1": "…"');

async function publish(title: string, text: string, topic: string): Promise<string> {
  const id = await receiveQuestion(contentApi(cms.url, cms.tokens.submit), one, text, title);
  expect((await one.update(Q, id, { topic: { connect: [{ documentId: topic }] } })).status).toBe(200);
  await writeAnswer(one, id, `Ett svar om ${title.toLowerCase()}.`);
  await approveAndPublish(id);
  return id;
}

async function approveAndPublish(id: string): Promise<void> {
  expect((await setStage(one, id, 'in_review')).status).toBe(200);
  expect((await setStage(two, id, 'approved')).status).toBe(200);
  expect((await two.publish(Q, id)).status).toBe(200);
}

const fresh = () => {
  const dir = fs.mkdtempSync(path.join(parent, 'incremental-'));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  fs.mkdirSync(parent, { recursive: true });
  cms = await startCms({ demoContent: true });
  one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
  await createTemplate(one);
  topics = (await cms.strapi.documents(T).findMany({ status: 'published', fields: ['slug'] } as never)) as unknown as typeof topics;
}, 300_000);

afterAll(async () => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  await cms?.stop();
});

describe('an incremental release', () => {
  it('after publishing, editing, unpublishing and re-topicing is the same, file by file, as a full build', async () => {
    const edited = await publish('Skulder hos Kronofogden', 'Jag har skulder hos Kronofogden, vad gör jag?', topics[0].documentId);
    const unpublished = await publish('Ett svar som tas bort', 'Den här frågan avpubliceras senare.', topics[0].documentId);
    const moved = await publish('Fel ämne från början', 'Den här frågan byter ämne.', topics[0].documentId);
    const releases = fresh();
    expect(await build(releases)).toMatch(/Hel ombyggnad: det finns ingen tidigare version/);

    await publish('En ny fråga om boende', 'Hur hittar jag ett boende i kommunen?', topics[1].documentId);
    const draft = await cms.strapi.documents(Q).findOne({ documentId: edited, status: 'draft', populate: ['answer'] } as never);
    const answerId = (draft as unknown as { answer: { documentId: string } }).answer.documentId;
    expect((await one.update(A, answerId, { body: styledAnswer('Ett bättre svar om skulder.') })).status).toBe(200);
    await approveAndPublish(edited);
    expect((await one.unpublish(Q, unpublished)).status).toBe(200);
    expect((await one.update(Q, moved, { topic: { connect: [{ documentId: topics[1].documentId }] } })).status).toBe(200);
    await approveAndPublish(moved);

    const log = await build(releases);
    expect(log).toMatch(/Stegvis ombyggnad/);
    const incremental = release(releases);
    const marker = JSON.parse(fs.readFileSync(path.join(incremental, 'release.json'), 'utf8'));
    expect(marker.fullBecause).toBeNull();

    const full = release(await (async () => {
      const other = fresh();
      await build(other, true);
      return other;
    })());
    // What is served (client/) and what the question pages are rendered from on request (data/),
    // compared file by file. The on-demand server code (server/) is compiled anew by every build,
    // incremental or not; its chunk names carry the build's own folder and key.
    for (const part of ['client', 'data']) {
      const files = tree(path.join(incremental, part)).sort();
      expect(files).toEqual(tree(path.join(full, part)).sort());
      const differing = files.filter((file) => {
        const a = fs.readFileSync(path.join(incremental, part, file));
        const b = fs.readFileSync(path.join(full, part, file));
        return !a.equals(b) && withoutTimestamps(a.toString('utf8')) !== withoutTimestamps(b.toString('utf8'));
      });
      expect(differing, part).toEqual([]);
    }
    expect(tree(path.join(incremental, 'server')).length).toBe(tree(path.join(full, 'server')).length);
    // Not an empty comparison: the unpublished question is gone, the edited answer is there.
    const rows = JSON.parse(fs.readFileSync(path.join(incremental, 'client', 'oppna-data', 'fragor.json'), 'utf8')).questions as Array<{ id: string; answer: string }>;
    expect(rows.map((row) => row.id)).not.toContain(unpublished);
    expect(rows.find((row) => row.id === edited)?.answer).toContain('Ett bättre svar om skulder.');
    // Every question's page is a line of data/fragor.jsonl, found through data/fragor-index.json.
    const index = JSON.parse(fs.readFileSync(path.join(incremental, 'data', 'fragor-index.json'), 'utf8')) as Record<string, [number, number]>;
    expect(Object.keys(index)).toHaveLength(rows.length);
    const slugOf = async (id: string) => ((await cms.strapi.documents(Q).findOne({ documentId: id, status: 'draft', fields: ['slug'] } as never)) as unknown as { slug: string }).slug;
    expect(Object.keys(index)).not.toContain(await slugOf(unpublished));
    const [offset, length] = index[await slugOf(moved)];
    const lines = fs.readFileSync(path.join(incremental, 'data', 'fragor.jsonl'));
    const movedPage = JSON.parse(lines.subarray(offset, offset + length).toString('utf8'));
    expect(movedPage.question.topic.slug).toBe(topics[1].slug);
  }, 600_000);

  it('fails as a whole when Astro fails beside the search index, and leaves nothing behind', async () => {
    const releases = fresh();
    // A heap Astro cannot start in; the search step, with a heap of its own, has started beside it.
    await expect(build(releases, true, { SITE_BUILD_MAX_OLD_SPACE_MB: '8' })).rejects.toThrow(/astro build avslutades/);
    // Nothing half-built is left: no release, no data beside it, and no search step still running.
    expect(fs.readdirSync(releases).filter((name) => /^\d{4}-/.test(name))).toEqual([]);
    let running = '';
    try {
      running = execFileSync('pgrep', ['-af', releases]).toString();
    } catch (error) {
      // Exit status 1 is pgrep's "nothing found"; anything else (no pgrep) must not pass as that.
      expect((error as { status?: number }).status).toBe(1);
    }
    expect(running).toBe('');
    // The next build is not stopped by a lock or a leftover.
    await build(releases);
    expect(JSON.parse(fs.readFileSync(path.join(release(releases), 'release.json'), 'utf8')).searchShards).toBeGreaterThan(0);
  }, 600_000);

  it('fails with the search index’s reason when the index fails beside Astro, and leaves nothing behind', async () => {
    const releases = fresh();
    // A Pagefind that cannot be started: the search step fails while Astro is still at work.
    await expect(build(releases, true, { PAGEFIND_EXTENDED_BINARY_PATH: path.join(releases, 'ingen-pagefind') })).rejects.toThrow(/sökindexet avslutades med kod 1/);
    expect(fs.readdirSync(releases).filter((name) => /^\d{4}-/.test(name))).toEqual([]);
  }, 600_000);

  it('is not made when the cache cannot be read, and the log says why', async () => {
    const releases = fresh();
    await build(releases);
    fs.writeFileSync(path.join(releases, 'astro-cache', 'incremental-build.json'), '{ trasig');
    expect(await build(releases)).toMatch(/Hel ombyggnad: cachen från förra bygget går inte att läsa/);
    // The full build wrote a good cache again: the next one builds on it, and with nothing changed
    // it indexes nothing again.
    expect(await build(releases)).toMatch(/Stegvis ombyggnad/);
    const unchanged = JSON.parse(fs.readFileSync(path.join(release(releases), 'release.json'), 'utf8'));
    expect(unchanged.searchShardsReused).toBe(unchanged.searchShards);
    // A release made from other code, templates or config (its inputs hash differs) is not built on.
    const marker = path.join(release(releases), 'release.json');
    fs.writeFileSync(marker, JSON.stringify({ ...JSON.parse(fs.readFileSync(marker, 'utf8')), inputs: 'andra mallar' }));
    expect(await build(releases)).toMatch(/Hel ombyggnad: koden, mallarna, inställningarna eller beroendena har ändrats/);
  }, 600_000);
});
