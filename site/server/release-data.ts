import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { relatedQuestions } from '../src/lib/bank.ts';
import { pagesBank, questionSummary, type KnowledgeBank, type Question, type QuestionPageData, type QuestionSummary, type Referral } from '../src/lib/cms.ts';
import { bufferedFile } from '../src/lib/buffered-file.ts';
import { isPlace, readPlace, type Place } from './file-places.ts';
import { openDataFiles } from '../src/lib/open-data.ts';
import { bankFile, questionCountFile, searchRecordsDir } from './build-data.ts';
import { searchRecords } from './search-records.ts';

/**
 * What the build's first step makes of the bank it fetched, beside the release until Astro is done:
 * - what each question's page shows, as one line of data/fragor.jsonl with its place in
 *   data/fragor-index.json, which the site server renders the page from when it is asked for
 *   (pages/fragor/[slug].astro): one file rather than one a question, since creating ten thousand
 *   small files took longer than everything else the step writes;
 * - the bank's open data (client/oppna-data/fragor.json and .csv), and the search index's records
 *   from the same rows (search-records/, read by the build's last step and not kept);
 * - the bank as the pages read it (data/bank.json, cms.ts's PagesBank), for Astro's lists and feed.
 * A build thus renders what changes with every publish, and neither ten thousand question pages that
 * nobody may read before the next release replaces them, nor holds every answer in Astro.
 */

interface StoredPage {
  question: Question;
  related: QuestionSummary[];
}

const pagesFile = (releaseDir: string) => path.join(releaseDir, 'data', 'fragor.jsonl');
/** Each slug's page as [byte offset, byte length] in pagesFile. */
const pagesIndexFile = (releaseDir: string) => path.join(releaseDir, 'data', 'fragor-index.json');
const referralsFile = (releaseDir: string) => path.join(releaseDir, 'data', 'hanvisningar.json');

/**
 * The release's data, written as the bank arrives: `add` takes each page of questions (newest first)
 * into the open data and the search records while the CMS prepares the next page, and `finish`
 * writes what needs the whole bank (the pages' bank, the search shards, each question's related
 * questions). Writing began only after the last page had arrived before; measured at 10,000
 * questions in builds taken in turn, the step went from 3.8–3.9 s to 3.0–3.1 s with this and
 * bufferedFile's direct encoding together, most of it the encoding's.
 */
export function releaseData(releaseDir: string, settings: { siteUrl: string; searchShardSize: number }) {
  fs.mkdirSync(path.dirname(bankFile(releaseDir)), { recursive: true });
  const openDataDir = path.join(releaseDir, 'client', 'oppna-data');
  fs.mkdirSync(openDataDir, { recursive: true });
  const openData = openDataFiles(new URL(settings.siteUrl), openDataDir);
  const search = searchRecords(settings.searchShardSize);
  return {
    add(questions: Question[]): void {
      for (const question of questions) search.add(openData.add(question), question.answer.body);
    },
    finish(bank: KnowledgeBank): void {
      openData.close();
      fs.writeFileSync(bankFile(releaseDir), JSON.stringify(pagesBank(bank)));
      fs.writeFileSync(questionCountFile(releaseDir), JSON.stringify(bank.questions.length));
      search.write(searchRecordsDir(releaseDir));
      const pages = bufferedFile(pagesFile(releaseDir));
      const index: Record<string, Place> = {};
      for (const question of bank.questions) {
        const page: StoredPage = { question, related: relatedQuestions(bank, question).map(questionSummary) };
        index[question.slug] = pages.write(JSON.stringify(page));
        pages.write('\n');
      }
      pages.close();
      fs.writeFileSync(pagesIndexFile(releaseDir), JSON.stringify(index));
      fs.writeFileSync(referralsFile(releaseDir), JSON.stringify(bank.referrals));
    },
  };
}

/** The referrals every question page shows. */
function readReferrals(releaseDir: string): Referral[] {
  try {
    const list = JSON.parse(fs.readFileSync(referralsFile(releaseDir), 'utf8')) as unknown;
    return Array.isArray(list) ? (list as Referral[]) : [];
  } catch {
    return [];
  }
}

function readIndex(releaseDir: string): Map<string, Place> {
  const raw = JSON.parse(fs.readFileSync(pagesIndexFile(releaseDir), 'utf8')) as unknown;
  const index = new Map<string, Place>();
  if (typeof raw === 'object' && raw !== null) for (const [slug, place] of Object.entries(raw)) if (isPlace(place)) index.set(slug, place);
  return index;
}

/** A page stored for this very slug, or null. */
function pageFor(slug: string, text: string, referrals: Referral[]): QuestionPageData | null {
  const stored = JSON.parse(text) as StoredPage;
  return stored.question.slug === slug ? { ...stored, referrals } : null;
}

/** A file name for any slug in the layout of releases built before fragor.jsonl. */
function legacyFileOf(releaseDir: string, slug: string): string {
  const encoded = encodeURIComponent(slug);
  const name = encoded.length <= 200 ? encoded : crypto.createHash('sha256').update(slug).digest('hex');
  return path.join(releaseDir, 'data', 'fragor', `${name}.json`);
}

export interface QuestionPages {
  /** A question's page data, or null when the release has no such question. */
  page(slug: string): QuestionPageData | null;
}

/**
 * The question pages of a release, read when the server takes it into use (the index and the
 * referrals; a page itself is read when asked for), or null for a release that has its question
 * pages as prerendered files. A release from before fragor.jsonl, with a file a page, is still read,
 * so that the server can go on serving it while the first build after an upgrade runs.
 */
export function openQuestionPages(releaseDir: string): QuestionPages | null {
  const referrals = readReferrals(releaseDir);
  if (fs.existsSync(pagesIndexFile(releaseDir))) {
    const index = readIndex(releaseDir);
    const file = pagesFile(releaseDir);
    return {
      page(slug) {
        const place = index.get(slug);
        return place ? pageFor(slug, readPlace(file, place).toString('utf8'), referrals) : null;
      },
    };
  }
  if (fs.existsSync(path.join(releaseDir, 'data', 'fragor'))) {
    return {
      page(slug) {
        try {
          return pageFor(slug, fs.readFileSync(legacyFileOf(releaseDir, slug), 'utf8'), referrals);
        } catch {
          return null;
        }
      },
    };
  }
  return null;
}
