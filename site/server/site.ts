/**
 * The site's server: serves the current release's prerendered pages and search index, renders its
 * question pages on request from the release's data (pages/fragor/[slug].astro), hands the other
 * on-demand routes to Astro's node handler, and takes the CMS's publish webhook to rebuild. It logs
 * no request, sets no cookie and stores nothing about a visitor.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { texts } from '../src/texts.ts';
import { latestRelease, type Release } from './build.ts';
import { createFeedback } from './feedback/feedback.ts';
import { FEEDBACK_API, FEEDBACK_FORM_ROUTE, handleFeedbackApi } from './feedback/json-route.ts';
import { readFormBody } from './form-body.ts';
import { createClientAddress } from './client-address.ts';
import { createIntake } from './intake/intake.ts';
import { handleQuestionApi } from './intake/json-route.ts';
import { createOutbox } from './intake/outbox.ts';
import { createReceiptLookup } from './intake/receipt-lookup.ts';
import type { ReferralFacts } from '../src/lib/emergency.ts';
import { TAKEDOWNS_PATH } from '../src/lib/search-client.ts';
import type { SiteLocals, TopicChoice } from './locals.ts';
import { publishedSlug, readCmsEvent, takedownSlug } from './cms-event.ts';
import { createFreshPages, FRESH_PAGE_ROUTE } from './fresh-pages.ts';
import { createRebuilder } from './rebuilder.ts';
import { openQuestionPages, type QuestionPages } from './release-data.ts';
import { createSearchFragments, isSearchFragment, type SearchFragments } from './search-fragments.ts';
import { openSearchPacks, type SearchFile, type SearchPacks } from './search-pack.ts';
import { createTakedowns, filePath, questionSlug } from './takedowns.ts';
import { FILTERED_TYPES, withoutTakenDown } from './takedown-filter.ts';
import { isCrossSitePost } from './same-origin.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { createLog } from './log.ts';
import { sharedLimitsReady } from './limiter-store.ts';
import { assertReleasesInSite, siteSettings, type SiteSettings } from './settings.ts';

type Handler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next?: (err?: unknown) => void,
  locals?: SiteLocals,
) => void;

interface Live {
  release: Release;
  files: ReturnType<typeof sirv>;
  astro: Handler;
  notFound: Buffer | null;
  topics: TopicChoice[];
  referrals: ReferralFacts[];
  /** The question pages the release renders on request; null for one that has them as files. */
  questionPages: QuestionPages | null;
  /** The search bundles' packed files (search-pack.ts); null for a release with them in client/. */
  searchPacks: SearchPacks | null;
  /** For a release with its search files in client/: which question each fragment holds, read once a takedown needs it. */
  fragments: SearchFragments;
}

const settings = startupSettings();
const log = createLog(settings.jsonLogs);
const { port, host, cmsUrl, siteOrigin } = settings;
const rebuildSecret = settings.rebuildSecret ?? '';

/** Read and checked once at start; a production start with anything missing stops here, named. */
function startupSettings(): SiteSettings {
  try {
    const settings = siteSettings();
    assertReleasesInSite(settings);
    return settings;
  } catch (error) {
    // Before the settings are known there is no log format either: production's is JSON.
    createLog(process.env.NODE_ENV === 'production')((error as Error).message, 'error');
    process.exit(1);
  }
}

let live: Live | undefined;

const outbox = createOutbox(settings.outboxDir, log);
const intake = createIntake({ outbox, log });
const lookupReceipt = createReceiptLookup(outbox);
const feedback = createFeedback({ log });
// Kept with the releases: the takedowns and the releases they wait for belong together.
const takedowns = createTakedowns(settings.releasesDir, log);
// Behind the municipality's reverse proxies: TRUST_PROXY is how many there are (see client-address.ts).
const clientAddress = createClientAddress(settings.trustProxy);

/** A list from the release's open data, as it was built (the topics, the referrals), or none. */
function releaseList<T>(release: Release, file: string, key: string): T[] {
  try {
    const list = (JSON.parse(fs.readFileSync(path.join(release.dir, 'client', 'oppna-data', file), 'utf8')) as Record<string, unknown>)[key];
    return Array.isArray(list) ? (list as T[]) : [];
  } catch {
    return [];
  }
}

async function activate(release: Release): Promise<void> {
  await serve(release);
  takedowns.settledBy(release.fetchedAt);
  fresh.settledBy(release.fetchedAt);
  filteredFiles.clear();
  readFragmentsIfTakenDown();
}

async function serve(release: Release): Promise<void> {
  const entry = path.join(release.dir, 'server', 'entry.mjs');
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: Handler };
  const notFoundFile = path.join(release.dir, 'client', '404.html');
  live = {
    release,
    files: sirv(path.join(release.dir, 'client'), { dev: false, etag: true, dotfiles: false, extensions: ['html'] }),
    astro: handler,
    notFound: fs.existsSync(notFoundFile) ? fs.readFileSync(notFoundFile) : null,
    // The ask form's topics, and the referrals for the emergency notice on pages made on request.
    topics: releaseList<TopicChoice>(release, 'amnen.json', 'topics'),
    referrals: releaseList<ReferralFacts>(release, 'hanvisningar.json', 'referrals'),
    questionPages: openQuestionPages(release.dir),
    searchPacks: openSearchPacks(release.dir),
    fragments: createSearchFragments(path.join(release.dir, 'client'), log),
  };
}

/** While a takedown holds, the live release's search fragments must be known (search-fragments.ts). */
function readFragmentsIfTakenDown(): void {
  if (takedowns.slugs().size > 0 && !live?.searchPacks) live?.fragments.read();
}

/** The operator's secret (the same as the CMS's publish webhook uses). */
function authorised(req: http.IncomingMessage): boolean {
  const given = Buffer.from(String(req.headers.authorization ?? ''));
  const expected = Buffer.from(`Bearer ${rebuildSecret}`);
  return rebuildSecret.length >= 16 && given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** The build runs with this environment; its CMS client reads the tokens from the env file then
 * (settings.ts), since the CMS may have written a new one after this server started. */
function buildEnv(): NodeJS.ProcessEnv {
  return process.env;
}

/** This server's own address, for asking the live release to render a page on request. */
const selfUrl = `http://${['0.0.0.0', '::', ''].includes(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}`;

const fresh = createFreshPages({
  async render(slug) {
    const res = await fetch(`${selfUrl}${FRESH_PAGE_ROUTE}/${encodeURIComponent(slug)}`, {
      headers: { Authorization: `Bearer ${rebuildSecret}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status === 404) return null;
    if (res.status !== 200) throw new Error(`svar ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  },
  takenDown: (slug) => takedowns.has(slug),
  liveReadAt: () => live?.release.fetchedAt ?? 0,
  log,
});

const rebuilder = createRebuilder({
  log,
  debounceMs: settings.rebuildDebounceMs,
  env: buildEnv,
  onRelease: activate,
});

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

/** A taken-down question's page: gone, and not to be kept by any cache. */
function gone(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.writeHead(410, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : texts.server.takenDown);
}

function health(req: http.IncomingMessage, res: http.ServerResponse): void {
  const status = live ? 200 : 503;
  // Anyone may ask whether the site is up; what runs and what waits is for the operator.
  const body = authorised(req)
    ? { status: live ? 'ok' : 'building', release: live?.release.id ?? null, building: startupBuildDue || rebuilder.building(), outbox: intake.delivery.pending() }
    : { status: live ? 'ok' : 'building' };
  send(res, status, JSON.stringify(body), 'application/json');
}

// A request this server cannot make sense of gets a 400; an error in handling one gets a 500 for it
// alone. Neither may take the site down for everyone, and neither is logged with anything the
// citizen sent.
const server = http.createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    log(`Ett anrop kunde inte besvaras: ${(error as Error).name}`, 'error');
    if (!res.headersSent) send(res, 500, texts.server.failed);
    else res.destroy();
  }
});

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  let url: URL;
  try {
    url = new URL(`http://site${(req.url ?? '/').startsWith('/') ? req.url : `/${req.url}`}`);
  } catch {
    return send(res, 400, texts.server.badAddress);
  }
  // No page has an address that does not decode or that holds a NUL; the file lookups would throw on it.
  if (filePath(url.pathname) === null) return send(res, 400, texts.server.badAddress);
  const writes = req.method !== 'GET' && req.method !== 'HEAD';

  if (url.pathname === '/api/rebuild') {
    if (req.method !== 'POST') return send(res, 405, texts.server.postOnly);
    if (!authorised(req)) return send(res, 401, texts.server.wrongKey);
    void readCmsEvent(req).then((event) => {
      const slug = takedownSlug(event);
      if (slug) {
        takedowns.take(slug);
        fresh.takenDown(slug);
        readFragmentsIfTakenDown();
      }
      const published = publishedSlug(event);
      if (published && live) void fresh.published(published);
      rebuilder.request();
      send(res, 202, JSON.stringify({ queued: true, takenDown: slug !== null }), 'application/json');
    });
    return;
  }
  if (url.pathname === TAKEDOWNS_PATH) {
    return send(res, 200, JSON.stringify(takedowns.paths()), 'application/json; charset=utf-8');
  }
  if (writes && isCrossSitePost(req, siteOrigin)) {
    req.resume();
    const aboutFeedback = url.pathname === FEEDBACK_FORM_ROUTE || url.pathname.startsWith('/api/feedback/');
    return send(res, 403, aboutFeedback ? texts.feedback.crossSite : texts.intake.crossSite);
  }
  const client = clientAddress(req);
  if (url.pathname === '/api/questions') {
    if (req.method !== 'POST') return send(res, 405, texts.server.postOnly);
    void handleQuestionApi(req, res, intake, client);
    return;
  }
  if (url.pathname === FEEDBACK_API.votes || url.pathname === FEEDBACK_API.texts) {
    void handleFeedbackApi(req, res, feedback, client, url.pathname === FEEDBACK_API.votes ? 'votes' : 'texts');
    return;
  }
  if (url.pathname === '/api/altcha') {
    void intake.challenge().then((challenge) => send(res, 200, JSON.stringify(challenge), 'application/json; charset=utf-8'));
    return;
  }
  if (url.pathname === '/api/health') return health(req, res);
  // Rendered on request for this server alone (fresh-pages.ts); to anyone else it does not exist.
  if ((filePath(url.pathname) ?? url.pathname).startsWith(`${FRESH_PAGE_ROUTE}/`) && !authorised(req)) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(live?.notFound ?? texts.server.notFound);
    return;
  }
  if (!live) {
    res.setHeader('Retry-After', '10');
    return send(res, 503, texts.server.building);
  }
  const current = live;
  const locals: SiteLocals = {
    intake,
    feedback,
    lookupReceipt,
    client,
    topics: current.topics,
    referrals: current.referrals,
    operator: authorised(req),
    // Only read: a post to a question's address finds no page, as it did when the pages were files.
    questionPage: writes ? undefined : (slug) => questionPage(current, slug),
  };
  const astro = () =>
    current.astro(
      req,
      res,
      () => {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(current.notFound ?? texts.server.notFound);
      },
      locals,
    );
  // Static files answer reads only; a post goes to the on-demand pages, with its body read here.
  // A body over the limit still gets the page's answer in the site's layout, with the reason.
  if (!writes && takedowns.covers(url.pathname)) return gone(req, res);
  const slugs = takedowns.slugs();
  const pageSlug = writes ? null : questionSlug(url.pathname);
  const freshPage = pageSlug === null ? null : fresh.page(pageSlug);
  if (freshPage) {
    // Its "Liknande frågor" may name a question taken down after it was rendered.
    const body = slugs.size > 0 ? Buffer.from(withoutTakenDown(url.pathname, freshPage.toString('utf8'), slugs)) : freshPage;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  if (writes) {
    readFormBody(req).then(
      (body) => {
        Object.assign(req, { body: body ?? Buffer.alloc(0) });
        if (!body) locals.bodyTooLarge = true;
        astro();
      },
      () => res.destroy(),
    );
    return;
  }
  const searchFile = current.searchPacks?.file(url.pathname);
  if (searchFile) return sendSearchFile(req, res, searchFile, slugs);
  if (pageSlug !== null && current.questionPages) {
    // Every address of a question's page (`x.html`, `x/`, encoded) is the one page, rendered on request.
    req.url = `/fragor/${encodeURIComponent(pageSlug)}`;
    return astro();
  }
  if (slugs.size > 0) {
    const file = releaseFile(current.release, url.pathname);
    if (file) {
      // However the address was written, the file it reaches decides.
      const slug = questionSlug(file.name);
      if (slug !== null && slugs.has(slug)) return gone(req, res);
      if (isSearchFragment(file.name)) {
        const owner = current.fragments.owner(file.name);
        // For the second it takes to learn which fragment is whose, none is served: the search page
        // leaves out a hit whose text does not load.
        if (owner === undefined) {
          res.setHeader('Retry-After', '1');
          return send(res, 503, texts.server.searchBusy);
        }
        if (owner !== null && slugs.has(owner)) return gone(req, res);
      }
      const type = FILTERED_TYPES[path.extname(file.path)];
      if (type) {
        const body = filtered(file, slugs);
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
    }
  }
  current.files(req, res, astro);
}

/** A file of the search index, unless it holds a question taken down. */
function sendSearchFile(req: http.IncomingMessage, res: http.ServerResponse, file: SearchFile, slugs: Set<string>): void {
  if (file.owner !== null && slugs.has(file.owner)) return gone(req, res);
  // Always revalidated, by its ETag: a takedown must reach a fragment that a browser has kept.
  const headers = { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-cache', ETag: file.etag };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = file.read();
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A question's page data from a release; a question taken down is not there, nor among its related ones. */
function questionPage(current: Live, slug: string) {
  if (takedowns.has(slug)) return null;
  const data = current.questionPages?.page(slug) ?? null;
  return data && { ...data, related: data.related.filter((q) => !takedowns.has(q.slug)) };
}

/** The release's file for a path, found as sirv finds it (`x`, `x.html`, `x/index.html`), with its name in the release. */
function releaseFile(release: Release, pathname: string): { path: string; name: string } | null {
  const decoded = filePath(pathname);
  if (decoded === null) return null;
  const root = path.join(release.dir, 'client');
  const base = path.resolve(root, `.${decoded.replace(/\/+$/, '') || '/'}`);
  if (base !== root && !base.startsWith(`${root}${path.sep}`)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return { path: candidate, name: `/${path.relative(root, candidate)}` };
  }
  return null;
}

/** A file without the questions taken down; made once per file and takedown list (the open data is megabytes). */
const filteredFiles = new Map<string, Buffer>();
function filtered(file: { path: string; name: string }, slugs: Set<string>): Buffer {
  const key = `${file.path}\n${[...slugs].sort().join('\n')}`;
  let body = filteredFiles.get(key);
  if (!body) {
    body = Buffer.from(withoutTakenDown(file.name, fs.readFileSync(file.path, 'utf8'), slugs));
    if (filteredFiles.size >= 64) filteredFiles.clear();
    filteredFiles.set(key, body);
  }
  return body;
}

// A reverse proxy keeps its connections to this server open for up to a minute (nginx's upstream
// keepalive_timeout is 60 s). Node's 5 s would close them first, and a request the proxy sends just
// then fails with a reset; so this server waits longer than the proxy, the usual remedy.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

async function waitForCms(timeoutMs = 300_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${cmsUrl}/_health`);
      if (response.ok || response.status === 204) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`CMS:et svarar inte på ${cmsUrl}.`);
}

/** From start until the start-up build is asked for (after the CMS answers), it counts as under way. */
let startupBuildDue = true;

async function main(): Promise<void> {
  const limitsFailed = await sharedLimitsReady();
  if (limitsFailed) log(`De delade gränserna i PostgreSQL går inte att använda (${limitsFailed}); varje server räknar i sitt minne.`, 'error');
  server.listen(port, host, () => log(`Webbplatsen svarar på http://localhost:${port}`));
  const existing = latestRelease();
  // Serving an existing release settles nothing: the takedowns wait for a release fetched after them.
  if (existing) {
    await serve(existing);
    readFragmentsIfTakenDown();
  }
  else log('Bygger webbplatsen från CMS:et …');
  await waitForCms();
  // Content may have changed while the site was down; with no release yet this is the first build.
  rebuilder.request(0);
  startupBuildDue = false;
}

// A failure in one request or build must not take the site down for everyone.
process.on('warning', (warning) => log(`${warning.name}: ${warning.message}`, 'warn'));
process.on('unhandledRejection', (reason) => log(`Oväntat fel: ${(reason as Error)?.message ?? reason}`, 'error'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}

main().catch((error) => {
  log(`Webbplatsen kunde inte starta: ${(error as Error).message}`, 'error');
  process.exit(1);
});
