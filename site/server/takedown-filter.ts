import { questionSlug } from './takedowns.ts';

/**
 * A taken-down question's page answers 410 at once (takedowns.ts), but until the rebuild is live the
 * release's other files still name it: the open data carries its whole text, the feed its answer,
 * the lists and "Liknande frågor" its title, the sitemap its address. While a takedown holds, the
 * site server passes those files through here and leaves the question out. Each format is the
 * site's own (src/pages/oppna-data, feed.xml.ts, sitemap.xml.ts, components/QuestionList.astro), so
 * the cuts follow their known shapes.
 */

const isTakenDown = (href: string, slugs: Set<string>) => {
  let pathname: string;
  try {
    pathname = new URL(href, 'http://site').pathname;
  } catch {
    return false;
  }
  const slug = questionSlug(pathname);
  return slug !== null && slugs.has(slug);
};

const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function openDataJson(body: string, slugs: Set<string>): string {
  const data = JSON.parse(body) as { questions?: Array<{ url?: string }> };
  if (!Array.isArray(data.questions)) return body;
  data.questions = data.questions.filter((q) => !(typeof q.url === 'string' && isTakenDown(q.url, slugs)));
  return JSON.stringify(data, null, 1);
}

/** RFC 4180 records: every field quoted, so a record ends at a CRLF outside quotes. */
function csvRecords(body: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '"') quoted = !quoted;
    else if (!quoted && body[i] === '\r' && body[i + 1] === '\n') {
      records.push(body.slice(start, i + 2));
      start = i + 2;
      i++;
    }
  }
  if (start < body.length) records.push(body.slice(start));
  return records;
}

function openDataCsv(body: string, slugs: Set<string>): string {
  const [header, ...rows] = csvRecords(body);
  const urlColumn = header.trim().split(',').map((name) => name.replace(/^"|"$/g, '')).indexOf('url');
  if (urlColumn < 0) return body;
  // The fields before the url are an id and nothing with a quote or comma in it.
  return [header, ...rows.filter((row) => !isTakenDown(row.split('","')[urlColumn]?.replace(/^"/, '') ?? '', slugs))].join('');
}

const FEED_ENTRY = /[ \t]*<entry>[\s\S]*?<\/entry>\n?/g;
const SITEMAP_URL = /[ \t]*<url><loc>([^<]*)<\/loc><\/url>\n?/g;
const LIST_ITEM = /<li>\s*<a href="([^"]*)"[^>]*>[\s\S]*?<\/li>/g;

export function withoutTakenDown(pathname: string, body: string, slugs: Set<string>): string {
  if (slugs.size === 0) return body;
  if (pathname.endsWith('/oppna-data/fragor.json')) return openDataJson(body, slugs);
  if (pathname.endsWith('/oppna-data/fragor.csv')) return openDataCsv(body, slugs);
  if (pathname.endsWith('.xml') && body.includes('<feed')) {
    return body.replace(FEED_ENTRY, (entry) => {
      const href = /<link href="([^"]*)"/.exec(entry)?.[1];
      return href && isTakenDown(unescapeXml(href), slugs) ? '' : entry;
    });
  }
  if (pathname.endsWith('.xml')) return body.replace(SITEMAP_URL, (line, loc: string) => (isTakenDown(unescapeXml(loc), slugs) ? '' : line));
  return body.replace(LIST_ITEM, (item, href: string) => (isTakenDown(unescapeXml(href), slugs) ? '' : item));
}

/** The files whose text can name a question: pages, the feed and sitemap, the open data. */
export const FILTERED_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
