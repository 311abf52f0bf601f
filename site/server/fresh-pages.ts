import type { Log } from './log.ts';

/**
 * A question's page, live the moment it is published. The CMS's publish webhook names the question;
 * the site server renders its page on request through the live release's own code
 * (pages/nypublicerad/[slug].astro, the same component as the built page, with data from the CMS)
 * and serves it at /fragor/<slug> until a release that holds it is live. The release follows a few
 * seconds later with everything else a publish changes (lists, feed, sitemap, search, open data).
 *
 * A takedown always wins: a page taken down is never served from here, and a page whose rendering
 * began before the live release read the CMS is stale and dropped.
 */

export interface FreshPage {
  html: Buffer;
  /** When its data was read from the CMS (ms since the epoch): before that, nothing about it is known. */
  readAt: number;
}

/** Where the release renders a question's page on request (src/pages/nypublicerad/[slug].astro). */
export const FRESH_PAGE_ROUTE = '/nypublicerad';

/** Fresh pages kept at most; a burst beyond it waits for the release, as every page used to. */
const LIMIT = 500;

export function createFreshPages(options: {
  /** Renders the page through the live release, or null when the CMS does not have it published. */
  render: (slug: string) => Promise<Buffer | null>;
  /** Whether a takedown holds the question's page. */
  takenDown: (slug: string) => boolean;
  /** When the live release read the CMS (ms since the epoch), or 0 with none live. */
  liveReadAt: () => number;
  log: Log;
}) {
  const pages = new Map<string, FreshPage>();

  return {
    /** Renders the newly published question's page and serves it from now on; never throws. */
    async published(slug: string): Promise<boolean> {
      const readAt = Date.now();
      let html: Buffer | null;
      try {
        html = await options.render(slug);
      } catch (error) {
        options.log(`Sidan för ${slug} kunde inte visas direkt (${(error as Error).message}); den kommer med nästa version.`, 'warn');
        return false;
      }
      if (!html || options.takenDown(slug) || readAt <= options.liveReadAt()) return false;
      const current = pages.get(slug);
      if (current && current.readAt > readAt) return false;
      pages.delete(slug);
      pages.set(slug, { html, readAt });
      if (pages.size > LIMIT) pages.delete(pages.keys().next().value!);
      return true;
    },
    /** The page to serve for a question, when a fresh one is newer than the live release. */
    page(slug: string): Buffer | null {
      if (options.takenDown(slug)) return null;
      return pages.get(slug)?.html ?? null;
    },
    takenDown(slug: string): void {
      pages.delete(slug);
    },
    /** A release that read the CMS at `readAt` is live: it holds every page rendered before then. */
    settledBy(readAt: number): void {
      for (const [slug, page] of pages) if (page.readAt < readAt) pages.delete(slug);
    },
    size: () => pages.size,
  };
}

export type FreshPages = ReturnType<typeof createFreshPages>;
