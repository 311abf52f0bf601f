import fs from 'node:fs';
import { isSafeReferralUrl, REFERRAL_KINDS } from '@frageladan/config/domain/referrals';
import type { PublicStatistics } from '@frageladan/config/domain/statistics';
import { z } from 'zod';
import { siteSettings } from '../../server/settings.ts';
import { publicStatisticsSchema } from './statistics.ts';

/**
 * The site's one client to the CMS. It reads published content with the read-only token, pages
 * through everything (the CMS caps pages at 100), and validates every response at the boundary:
 * if the CMS is unreachable or a page of its answer is not what the API promises, the build stops
 * with a message naming the cause instead of producing a half-empty site. A single item that fails
 * its schema (a referral with a `javascript:` link that got past the CMS, say) is left out with a
 * logged reason naming the item and the field, and the rest of the site is built.
 */

export class CmsError extends Error {
  override name = 'CmsError';
}

const topicSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable().optional(),
  sortOrder: z.number().nullable().optional(),
});

const referralSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  kind: z.enum(REFERRAL_KINDS),
  phone: z.string().nullable().optional(),
  // Shown as a link on every question page of its topics: the CMS checks it, and so does the site.
  url: z.string().refine(isSafeReferralUrl, 'not an http, https, tel or mailto address').nullable().optional(),
  description: z.string().nullable().optional(),
  openingHours: z.string().nullable().optional(),
  sortOrder: z.number().nullable().optional(),
  topics: z.array(z.object({ slug: z.string() })).default([]),
});

const questionSchema = z.object({
  documentId: z.string(),
  title: z.string().min(1),
  body: z.string().min(1),
  slug: z.string().min(1),
  publishedAt: z.string(),
  updatedAt: z.string(),
  topic: z.object({ name: z.string(), slug: z.string() }).nullable(),
  answer: z.object({ body: z.string().min(1), publishedAt: z.string().nullable().optional() }),
});

export type Topic = z.infer<typeof topicSchema>;
export type Referral = z.infer<typeof referralSchema>;
export type Question = z.infer<typeof questionSchema>;
/** What a list of questions shows of each (lists, and a question page's related questions). */
export type QuestionSummary = Pick<Question, 'title' | 'slug' | 'publishedAt' | 'topic'>;

/** The envelope of a page is strict; its items are checked one by one (see getAll). */
const pageSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({ pagination: z.object({ page: z.number(), pageCount: z.number(), total: z.number() }) }),
});

export interface CmsOptions {
  url?: string;
  token?: string;
  fetch?: typeof fetch;
  /** Where a left-out item is reported; the build's log by default. */
  warn?: (message: string) => void;
}

/** Which item and which fields, never the values: a field may hold a citizen's text. */
function leftOutReason(path: string, raw: unknown, index: number, error: z.ZodError): string {
  const id = (raw as { documentId?: unknown } | null)?.documentId;
  const item = typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : `nr ${index + 1}`;
  const fields = [...new Set(error.issues.map((issue) => issue.path.join('.') || '(hela posten)'))].join(', ');
  return `Hoppar över ${item} från ${path}: fel i ${fields}.`;
}

function settings(options: CmsOptions) {
  const configured = options.url === undefined || options.token === undefined ? siteSettings() : null;
  const url = (options.url ?? configured!.cmsUrl).replace(/\/$/, '');
  const token = options.token ?? configured!.readToken;
  if (!token) {
    throw new CmsError('CMS_READ_TOKEN saknas: webbplatsen kan inte läsa från CMS:et. Starta med `npm start`, som skapar nyckeln.');
  }
  return { url, token, fetch: options.fetch ?? fetch };
}

async function getJson(path: string, options: CmsOptions): Promise<unknown> {
  const { url, token, fetch: fetchImpl } = settings(options);
  let response: Response;
  try {
    response = await fetchImpl(`${url}/api${path}`, { headers: { Authorization: `Bearer ${token}` } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CmsError(`Kunde inte nå CMS:et på ${url} (${cause}). Kontrollera att det är igång och att CMS_URL stämmer.`);
  }
  if (!response.ok) {
    throw new CmsError(`CMS:et svarade ${response.status} på ${path}. ${response.status === 401 || response.status === 403 ? 'Läsnyckeln (CMS_READ_TOKEN) är fel eller saknar behörighet.' : ''}`.trim());
  }
  try {
    return await response.json();
  } catch {
    throw new CmsError(`CMS:et svarade med något som inte är JSON på ${path}.`);
  }
}

const CONCURRENT_PAGES = 4;

interface Paging {
  query: (page: number) => string;
  size: number;
}

/** The content API's own paging: a hundred a page, the most it gives. */
const CONTENT_API_PAGING: Paging = { query: (page) => `pagination[page]=${page}&pagination[pageSize]=100`, size: 100 };
/** The CMS's bank route (cms/src/api/question/routes/bank.ts): a thousand a page. */
const BANK_PAGING: Paging = { query: (page) => `page=${page}`, size: 1000 };

/**
 * Every item of a list, page by page. `onPage` gets each page's items in the list's order as soon as
 * that page and every one before it have arrived, so that a caller can work on them while the CMS
 * prepares the next.
 */
async function getAll<T extends z.ZodType>(
  path: string,
  item: T,
  options: CmsOptions,
  paging = CONTENT_API_PAGING,
  onPage?: (items: z.infer<T>[]) => void,
): Promise<z.infer<T>[]> {
  const separator = path.includes('?') ? '&' : '?';
  // On the build's standard output, which the site server passes into its own log line by line.
  const warn = options.warn ?? ((message: string) => console.log(message));
  const fetchPage = async (page: number) => {
    const raw = await getJson(`${path}${separator}${paging.query(page)}`, options);
    const parsed = pageSchema.safeParse(raw);
    if (!parsed.success) {
      throw new CmsError(`CMS:et svarade med oväntat innehåll på ${path}: ${z.prettifyError(parsed.error)}`);
    }
    const items: z.infer<T>[] = [];
    parsed.data.data.forEach((raw, index) => {
      const checked = item.safeParse(raw);
      if (checked.success) items.push(checked.data);
      else warn(leftOutReason(path.split('?')[0], raw, (page - 1) * paging.size + index, checked.error));
    });
    return { items, pageCount: parsed.data.meta.pagination.pageCount };
  };
  const pages: z.infer<T>[][] = [];
  const take = (items: z.infer<T>[]) => {
    pages.push(items);
    onPage?.(items);
  };
  // The first page says how many there are; then a few are asked for at a time, and taken in order.
  const first = await fetchPage(1);
  take(first.items);
  let next = 2;
  const inFlight: Array<Promise<{ items: z.infer<T>[] }>> = [];
  const ask = () => {
    while (inFlight.length < CONCURRENT_PAGES && next <= first.pageCount) {
      const page = fetchPage(next++);
      // A later page that fails while an earlier one is awaited is reported when its turn comes.
      page.catch(() => {});
      inFlight.push(page);
    }
  };
  ask();
  while (inFlight.length > 0) {
    const page = await inFlight.shift()!;
    ask();
    take(page.items);
  }
  return pages.flat();
}

/** One page of a list, its items checked as getAll checks them. */
async function getPage<T extends z.ZodType>(path: string, item: T, pageSize: number, options: CmsOptions): Promise<z.infer<T>[]> {
  const separator = path.includes('?') ? '&' : '?';
  const raw = await getJson(`${path}${separator}pagination[page]=1&pagination[pageSize]=${pageSize}`, options);
  const parsed = pageSchema.safeParse(raw);
  if (!parsed.success) throw new CmsError(`CMS:et svarade med oväntat innehåll på ${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.data.flatMap((raw) => {
    const checked = item.safeParse(raw);
    return checked.success ? [checked.data] : [];
  });
}

export interface KnowledgeBank {
  topics: Topic[];
  referrals: Referral[];
  /** Newest answer first. */
  questions: Question[];
}

/**
 * The whole published bank. `onQuestions` gets the questions a page at a time, newest first, as they
 * arrive (the build's first step works on each page while the CMS prepares the next).
 */
export async function fetchKnowledgeBank(options: CmsOptions = {}, onQuestions?: (questions: Question[]) => void): Promise<KnowledgeBank> {
  const [topics, referrals, questions] = await Promise.all([
    getAll('/topics?sort=sortOrder:asc', topicSchema, options),
    getAll('/referrals?sort=sortOrder:asc', referralSchema, options),
    // The same public fields as /questions, newest first, in a tenth of the requests.
    getAll('/questions/bank', questionSchema, options, BANK_PAGING, onQuestions),
  ]);
  return { topics, referrals, questions };
}

/** What one question's page shows, as the knowledge bank would give it (see lib/bank.ts). */
export interface QuestionPageData {
  question: Question;
  /** The newest other questions of its topic, as relatedQuestions picks them from the bank. */
  related: QuestionSummary[];
  referrals: Referral[];
}

/**
 * One published question's page data in three small requests, for rendering its page the moment it
 * is published (site/server/fresh-pages.ts) instead of after the whole bank is fetched and built.
 * Null when the CMS does not have it published (unpublished since, or never).
 */
export async function fetchQuestionPage(slug: string, options: CmsOptions = {}, relatedLimit = 4): Promise<QuestionPageData | null> {
  const bySlug = `/questions?filters[slug][$eq]=${encodeURIComponent(slug)}`;
  const [found, referrals] = await Promise.all([
    getPage(bySlug, questionSchema, 1, options),
    getAll('/referrals?sort=sortOrder:asc', referralSchema, options),
  ]);
  const question = found[0];
  if (!question || question.slug !== slug) return null;
  const sameTopic = question.topic
    ? await getPage(`/questions?filters[topic][slug][$eq]=${encodeURIComponent(question.topic.slug)}&sort=publishedAt:desc`, questionSchema, relatedLimit + 1, options)
    : [];
  const related = sameTopic.filter((q) => q.slug !== slug).slice(0, question.topic ? relatedLimit : 0);
  return { question, related, referrals };
}

/** How many of the newest answers the feed carries in full (pages/feed.xml.ts). */
export const FEED_SIZE = 50;

/**
 * The bank as the build's pages read it: every question as a list shows it, and only the newest in
 * full, for the feed. Whole answers are for the open data and the question pages, which the build's
 * first step writes (server/release-data.ts); Astro holding ten thousand of them cost half its memory.
 */
export interface PagesBank {
  topics: Topic[];
  referrals: Referral[];
  /** Newest answer first. */
  questions: QuestionSummary[];
  /** The newest FEED_SIZE, whole. */
  newest: Question[];
}

/** A question as a list shows it. */
export const questionSummary = ({ title, slug, publishedAt, topic }: Question): QuestionSummary => ({ title, slug, publishedAt, topic });

export function pagesBank(bank: KnowledgeBank): PagesBank {
  return {
    topics: bank.topics,
    referrals: bank.referrals,
    questions: bank.questions.map(questionSummary),
    newest: bank.questions.slice(0, FEED_SIZE),
  };
}

const summarySchema = questionSchema.pick({ title: true, slug: true, publishedAt: true, topic: true });
const pagesBankSchema = z.object({
  topics: z.array(topicSchema),
  referrals: z.array(referralSchema),
  questions: z.array(summarySchema),
  newest: z.array(questionSchema),
});

/** The pages' bank as the build's first step wrote it (server/release-data.ts), checked as the CMS's answers are. */
export function readPagesBank(file: string): PagesBank {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CmsError(`Kunskapsbanken som bygget hämtade (${file}) går inte att läsa: ${(error as Error).message}`);
  }
  const parsed = pagesBankSchema.safeParse(raw);
  if (!parsed.success) throw new CmsError(`Kunskapsbanken som bygget hämtade (${file}) är inte vad CMS:et svarade: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

let cached: Promise<PagesBank> | undefined;

/** One fetch per build: every page of the build reads the same snapshot, the one the build's first step wrote when there is one. */
export function knowledgeBank(): Promise<PagesBank> {
  // Every prerendered page asks (page-referrals.ts): the settings are read once, with the bank.
  cached ??= Promise.resolve().then(() => {
    const file = siteSettings().bankFile;
    return file ? readPagesBank(file) : fetchKnowledgeBank().then(pagesBank);
  });
  return cached;
}

/**
 * The service's public statistics (aggregates only, small counts already suppressed by the CMS). An
 * answer that is not what the API promises stops the build: a page of wrong figures is worse than none.
 */
export async function fetchPublicStatistics(options: CmsOptions = {}): Promise<PublicStatistics> {
  const raw = await getJson('/statistics', options);
  const parsed = publicStatisticsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CmsError(`CMS:et svarade med oväntat innehåll på /statistics: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

let cachedStatistics: Promise<PublicStatistics> | undefined;

/** One fetch per build, shared by /statistik and its open data. */
export function publicStatistics(): Promise<PublicStatistics> {
  cachedStatistics ??= fetchPublicStatistics();
  return cachedStatistics;
}
