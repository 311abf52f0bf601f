import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KnowledgeBank, Question } from '../../site/src/lib/cms';
import { openQuestionPages, releaseData } from '../../site/server/release-data';

/** A bank already fetched, written at once. */
function writeReleaseData(dir: string, bank: KnowledgeBank, settings: { siteUrl: string; searchShardSize: number }): void {
  const data = releaseData(dir, settings);
  data.add(bank.questions);
  data.finish(bank);
}

/** The question pages a release renders on request: one file of lines and an index, read back by slug. */

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-data-'));
  dirs.push(dir);
  return dir;
};

// Slugs and texts a citizen's question can bring: å, emoji, zero-width space, a NUL, a line break,
// characters that mean something in a path, and a slug too long for a file name.
const slugs = ['vanlig', 'skuld-å-ä-ö', 'emoji-🙂', 'noll\u200bbredd', '..%2F..%2Fetc', 'a/b', `lång-${'x'.repeat(300)}`];
const question = (n: number): Question => ({
  documentId: `doc${n}`,
  title: `Fråga ${n} 🙂`,
  body: `Text ${n} med\nradbrytning, \u0000 och \u2028 och "citat". ${'Ö'.repeat(2000)}`,
  slug: slugs[n] ?? `fraga-${n}`,
  publishedAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T11:00:00.000Z',
  topic: { name: 'Ekonomi', slug: n % 2 === 0 ? 'ekonomi' : 'boende' },
  answer: { body: `Svar ${n}.` },
});
// Over a megabyte of pages, so that the file is written in more than one piece.
const bank: KnowledgeBank = {
  topics: [],
  referrals: [{ name: 'Socialjouren' } as never],
  questions: Array.from({ length: 400 }, (_, n) => question(n)),
};

describe('a release’s question pages', () => {
  it('gives every question back, with its related questions and the referrals, by its slug', () => {
    const dir = tmp();
    writeReleaseData(dir, bank, { siteUrl: 'https://fragor.example', searchShardSize: 100 });
    expect(fs.statSync(path.join(dir, 'data', 'fragor.jsonl')).size).toBeGreaterThan(1 << 20);
    const pages = openQuestionPages(dir)!;
    for (const q of bank.questions) {
      const page = pages.page(q.slug);
      expect(page?.question).toEqual(q);
      expect(page?.referrals).toEqual(bank.referrals);
      expect(page?.related.length).toBeGreaterThan(0);
      expect(page?.related.every((r) => r.slug !== q.slug && r.topic?.slug === q.topic?.slug)).toBe(true);
    }
    for (const unknown of ['', 'saknas', '../data/fragor-index', 'constructor', '__proto__']) expect(pages.page(unknown)).toBeNull();
  });

  it('reads a release from before the one file, with a file a page, and none from a release that has its pages prerendered', () => {
    const dir = tmp();
    writeReleaseData(dir, bank, { siteUrl: 'https://fragor.example', searchShardSize: 100 });
    const now = openQuestionPages(dir)!;
    // The layout releases had before: data/fragor/<encoded slug>.json, hashed when too long.
    const old = tmp();
    fs.mkdirSync(path.join(old, 'data', 'fragor'), { recursive: true });
    fs.copyFileSync(path.join(dir, 'data', 'hanvisningar.json'), path.join(old, 'data', 'hanvisningar.json'));
    for (const q of bank.questions.slice(0, slugs.length - 1)) {
      const { referrals: _, ...stored } = now.page(q.slug)!;
      fs.writeFileSync(path.join(old, 'data', 'fragor', `${encodeURIComponent(q.slug)}.json`), JSON.stringify(stored));
    }
    const legacy = openQuestionPages(old)!;
    for (const q of bank.questions.slice(0, slugs.length - 1)) expect(legacy.page(q.slug)).toEqual(now.page(q.slug));
    expect(legacy.page('saknas')).toBeNull();
    expect(openQuestionPages(tmp())).toBeNull();
  });
});

describe('a release’s data written as the bank arrives', () => {
  const bankOfPages = bank;
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
  // Only the open data's own timestamp may differ.
  const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8').replace(/"generated": "[^"]+"/, '');

  it('is the same, file by file, whether the bank came in uneven pages or all at once', () => {
    // A greeting in every third answer, which the search records leave out once every answer is counted.
    const bank: KnowledgeBank = { ...bankOfPages, questions: bankOfPages.questions.map((q, n) => (n % 3 ? q : { ...q, answer: { body: `Hej!\n\n${q.answer.body}\n\nVänliga hälsningar` } })) };
    const whole = tmp();
    writeReleaseData(whole, bank, { siteUrl: 'https://fragor.example', searchShardSize: 100 });
    const paged = tmp();
    const data = releaseData(paged, { siteUrl: 'https://fragor.example', searchShardSize: 100 });
    for (const [from, to] of [[0, 1], [1, 1], [1, 150], [150, 399], [399, 400]]) data.add(bank.questions.slice(from, to));
    data.finish(bank);
    expect(files(paged)).toEqual(files(whole));
    expect(files(paged)).toContain(path.join('search-records', 'shard-3.json'));
    for (const file of files(whole)) expect(read(paged, file), file).toBe(read(whole, file));
    expect(read(paged, path.join('search-records', 'shard-0.json'))).not.toContain('Hej!');
  });
});
