import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { relatedQuestions } from '../src/lib/bank.ts';
import { pagesBank, questionSummary, type KnowledgeBank, type Question, type QuestionPageData, type QuestionSummary, type Referral } from '../src/lib/cms.ts';
import { writeOpenDataFiles } from '../src/lib/open-data.ts';
import { searchRecords } from './search-index.ts';

/**
 * What the build's first step makes of the bank it fetched, beside the release until Astro is done:
 * - what each question's page shows, as a small file of its own (data/fragor/<slug>.json), which the
 *   site server renders the page from when it is asked for (pages/fragor/[slug].astro);
 * - the bank's open data (client/oppna-data/fragor.json and .csv), and the search index's records
 *   from the same rows (search-records/, read by the build's last step and not kept);
 * - the bank as the pages read it (data/bank.json, cms.ts's PagesBank), for Astro's lists and feed.
 * A build thus renders what changes with every publish, and neither ten thousand question pages that
 * nobody may read before the next release replaces them, nor holds every answer in Astro.
 */

/** The pages' bank; read by Astro (SITE_BANK_FILE), removed when the release is complete. */
export const bankFile = (releaseDir: string) => path.join(releaseDir, 'data', 'bank.json');

interface StoredPage {
  question: Question;
  related: QuestionSummary[];
}

const pagesDir = (releaseDir: string) => path.join(releaseDir, 'data', 'fragor');
const referralsFile = (releaseDir: string) => path.join(releaseDir, 'data', 'hanvisningar.json');

/** A file name for any slug: encoded, so that no slug reaches outside the folder; hashed when too long for one. */
function fileOf(releaseDir: string, slug: string): string {
  const encoded = encodeURIComponent(slug);
  const name = encoded.length <= 200 ? encoded : crypto.createHash('sha256').update(slug).digest('hex');
  return path.join(pagesDir(releaseDir), `${name}.json`);
}

/** The search index's records, a file a shard (search-index.ts); not part of the release. */
export const searchRecordsDir = (releaseDir: string) => path.join(releaseDir, 'search-records');

/** Writes the pages' bank, the open data, the search records and every question's page data into `releaseDir`. */
export function writeReleaseData(releaseDir: string, bank: KnowledgeBank, settings: { siteUrl: string; searchShardSize: number }): void {
  fs.mkdirSync(pagesDir(releaseDir), { recursive: true });
  fs.writeFileSync(bankFile(releaseDir), JSON.stringify(pagesBank(bank)));
  const openData = path.join(releaseDir, 'client', 'oppna-data');
  fs.mkdirSync(openData, { recursive: true });
  const search = searchRecords(bank.questions.length, settings.searchShardSize);
  writeOpenDataFiles(bank, new URL(settings.siteUrl), openData, search.add);
  search.write(searchRecordsDir(releaseDir));
  for (const question of bank.questions) {
    const page: StoredPage = { question, related: relatedQuestions(bank, question).map(questionSummary) };
    fs.writeFileSync(fileOf(releaseDir, question.slug), JSON.stringify(page));
  }
  fs.writeFileSync(referralsFile(releaseDir), JSON.stringify(bank.referrals));
}

/** The referrals every question page shows, read once when the server takes a release into use. */
export function readReferrals(releaseDir: string): Referral[] {
  try {
    const list = JSON.parse(fs.readFileSync(referralsFile(releaseDir), 'utf8')) as unknown;
    return Array.isArray(list) ? (list as Referral[]) : [];
  } catch {
    return [];
  }
}

/** A question's page data from the release, or null when the release has no such question. */
export function readQuestionPage(releaseDir: string, slug: string, referrals: Referral[]): QuestionPageData | null {
  let text: string;
  try {
    text = fs.readFileSync(fileOf(releaseDir, slug), 'utf8');
  } catch {
    return null;
  }
  const stored = JSON.parse(text) as StoredPage;
  return stored.question.slug === slug ? { ...stored, referrals } : null;
}
