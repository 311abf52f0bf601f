import fs from 'node:fs';
import path from 'node:path';
import type { Log } from './log.ts';

/**
 * Questions taken down before the rebuild that removes them has finished. An unpublish (or delete)
 * reaches the site server as a webhook; from that moment the question's page answers 410 Gone and
 * the search page drops it from its results, whatever the live release still holds. The list is
 * kept in a file next to the releases, so that it also holds when the server restarts mid-build,
 * and an entry is cleared only by a release whose data was fetched after the takedown arrived:
 * that release either no longer has the page or has it as it was published again.
 */

export interface Takedown {
  slug: string;
  /** When the webhook arrived (ms since the epoch); compared with a release's fetch start. */
  at: number;
}

const QUESTION_PAGE = /^\/fragor\/([^/]+?)(?:\.html)?\/*$/;

/** A request path as the static files are found by it: decoded once, repeated slashes as one; null if it cannot be decoded. */
export function filePath(pathname: string): string | null {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? null : decoded.replace(/\/{2,}/g, '/');
  } catch {
    return null;
  }
}

/**
 * The question's slug when the path is one of its page's URLs (`/fragor/x`, `/fragor/x/`,
 * `/fragor/x.html`, and their encoded or doubled-slash forms, which the static files answer too).
 */
export function questionSlug(pathname: string): string | null {
  const decoded = filePath(pathname);
  const match = decoded === null ? null : QUESTION_PAGE.exec(decoded);
  return match ? match[1] : null;
}

function readList(file: string, log: Log): Takedown[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  try {
    const list = JSON.parse(text) as unknown;
    if (!Array.isArray(list)) throw new Error('ingen lista');
    return list.filter((t): t is Takedown => typeof t?.slug === 'string' && typeof t?.at === 'number');
  } catch (error) {
    // Never silently forget a takedown: a file we cannot read stays for the operator to look at.
    log(`Listan över borttagna frågor (${file}) gick inte att läsa (${(error as Error).message}); den sparas som ${file}.oläsbar.`, 'error');
    fs.copyFileSync(file, `${file}.oläsbar`);
    return [];
  }
}

export function createTakedowns(dataDir: string, log: Log) {
  const file = path.join(dataDir, 'takedowns.json');
  let list = readList(file, log);

  function save(): void {
    fs.mkdirSync(dataDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(fd, JSON.stringify(list));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  }

  const has = (slug: string) => list.some((t) => t.slug === slug);

  return {
    take(slug: string, at = Date.now()): void {
      list = [...list.filter((t) => t.slug !== slug), { slug, at }];
      save();
      log(`Frågan ${slug} är avpublicerad: sidan svarar 410 tills nästa version är byggd.`);
    },
    /** Whether the question with this slug is taken down. */
    has,
    covers(pathname: string): boolean {
      if (list.length === 0) return false;
      const slug = questionSlug(pathname);
      return slug !== null && has(slug);
    },
    /** The slugs of the questions taken down now. */
    slugs(): Set<string> {
      return new Set(list.map((t) => t.slug));
    },
    /** The page paths the search page leaves out of its results. */
    paths(): string[] {
      return list.map((t) => `/fragor/${t.slug}`);
    },
    /** A release whose data was read from the CMS at `fetchedAt` is live: it settles earlier takedowns. */
    settledBy(fetchedAt: number): void {
      const kept = list.filter((t) => t.at >= fetchedAt);
      if (kept.length === list.length) return;
      list = kept;
      save();
    },
  };
}

export type Takedowns = ReturnType<typeof createTakedowns>;
