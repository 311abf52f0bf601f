import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchKnowledgeBank, fetchPublicStatistics } from '../../site/src/lib/cms';

/** The build's one door to the CMS fails loudly, naming the cause, instead of building a half-empty
 * site; one bad item is left out, named in the log, and the rest is built. */

let server: http.Server;
let url = '';
let respond: (req: http.IncomingMessage, res: http.ServerResponse) => void = () => {};

beforeAll(async () => {
  server = http.createServer((req, res) => respond(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const page = (data: unknown[], pageCount = 1) =>
  JSON.stringify({ data, meta: { pagination: { page: 1, pageCount, total: data.length } } });

describe('the CMS client', () => {
  it('names an unreachable CMS', async () => {
    await expect(fetchKnowledgeBank({ url: 'http://127.0.0.1:9', token: 't' })).rejects.toThrow(/Kunde inte nå CMS:et på http:\/\/127\.0\.0\.1:9/);
  });

  it('names a refused token', async () => {
    respond = (_req, res) => res.writeHead(403).end('{}');
    await expect(fetchKnowledgeBank({ url, token: 't' })).rejects.toThrow(/403.*Läsnyckeln/);
  });

  it('names an unexpected page envelope and stops the build', async () => {
    respond = (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(req.url?.startsWith('/api/questions') ? JSON.stringify({ data: {}, meta: {} }) : page([]));
    };
    await expect(fetchKnowledgeBank({ url, token: 't' })).rejects.toThrow(/oväntat innehåll på \/questions.*(data|pagination)/s);
  });

  it('leaves out an item that fails its schema, logging which item and which field but no text, and keeps the rest', async () => {
    const good = { documentId: 'q1', title: 'Bra fråga', body: 'Text', slug: 'bra', publishedAt: '2026-01-01', updatedAt: '2026-01-01', topic: null, answer: { body: 'Svar' } };
    const broken = { documentId: 'q2', title: 'Min granne Kalle Svensson', body: 'Hemlig text', publishedAt: '2026-01-01' };
    respond = (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(req.url?.startsWith('/api/questions') ? page([broken, good]) : page([]));
    };
    const warnings: string[] = [];
    const bank = await fetchKnowledgeBank({ url, token: 't', warn: (m) => warnings.push(m) });
    expect(bank.questions.map((q) => q.documentId)).toEqual(['q1']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/q2.*\/questions.*slug.*answer/);
    expect(warnings[0]).not.toMatch(/Kalle|Hemlig/);
  });

  it('leaves out a referral whose link is not http, https, tel or mailto, however it is disguised', async () => {
    const referral = (documentId: string, url: string) => ({ documentId, name: 'Hjälp', kind: 'helpline', url, topics: [] });
    respond = (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      if (!req.url?.startsWith('/api/referrals')) return res.end(page([]));
      res.end(
        page([
          referral('bad1', 'javascript:alert(document.domain)//https://'),
          referral('bad2', ' JaVaScRiPt:alert(1)'),
          referral('bad3', 'java\tscript:alert(1)'),
          referral('bad4', 'data:text/html,<script>alert(1)</script>'),
          referral('ok1', 'https://www.1177.se'),
          referral('ok2', 'tel:+4640346666'),
        ]),
      );
    };
    const warnings: string[] = [];
    const bank = await fetchKnowledgeBank({ url, token: 't', warn: (m) => warnings.push(m) });
    expect(bank.referrals.map((r) => r.documentId)).toEqual(['ok1', 'ok2']);
    expect(warnings.map((w) => w.match(/bad\d/)?.[0])).toEqual(['bad1', 'bad2', 'bad3', 'bad4']);
    for (const warning of warnings) expect(warning).toMatch(/: fel i url\./);
  });

  it('refuses to build without a read token', async () => {
    const saved = process.env.CMS_READ_TOKEN;
    delete process.env.CMS_READ_TOKEN;
    await expect(fetchKnowledgeBank({ url })).rejects.toThrow(/CMS_READ_TOKEN saknas/);
    if (saved) process.env.CMS_READ_TOKEN = saved;
  });

  it('pages through everything the CMS has', async () => {
    const seen: string[] = [];
    respond = (req, res) => {
      seen.push(req.url ?? '');
      const pageNo = Number(new URL(req.url ?? '', url).searchParams.get('pagination[page]'));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      if (!req.url?.startsWith('/api/topics')) return res.end(page([]));
      res.end(page([{ documentId: `t${pageNo}`, name: `Ämne ${pageNo}`, slug: `amne-${pageNo}` }], 3));
    };
    const bank = await fetchKnowledgeBank({ url, token: 't' });
    expect(bank.topics.map((t) => t.slug)).toEqual(['amne-1', 'amne-2', 'amne-3']);
    expect(seen.filter((u) => u.startsWith('/api/topics'))).toHaveLength(3);
  });

  const bankQuestion = (n: number) => ({
    documentId: `q${n}`,
    title: `Fråga ${n}`,
    body: 'Text',
    slug: `fraga-${n}`,
    publishedAt: '2026-01-01',
    updatedAt: '2026-01-01',
    topic: null,
    answer: { body: 'Svar' },
  });

  it('hands the bank over a page at a time, in the bank\'s order, however the pages arrive', async () => {
    // Five pages of the bank route; the later ones answer first, the second last of all.
    const delays: Record<number, number> = { 1: 0, 2: 150, 3: 10, 4: 60, 5: 0 };
    respond = (req, res) => {
      const asked = new URL(req.url ?? '', url);
      if (asked.pathname !== '/api/questions/bank') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(page([]));
      }
      const n = Number(asked.searchParams.get('page'));
      setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(page([bankQuestion(n * 10), bankQuestion(n * 10 + 1)], 5));
      }, delays[n]);
    };
    const handed: string[][] = [];
    const bank = await fetchKnowledgeBank({ url, token: 't' }, (questions) => handed.push(questions.map((q) => q.documentId)));
    expect(handed).toEqual([1, 2, 3, 4, 5].map((n) => [`q${n * 10}`, `q${n * 10 + 1}`]));
    expect(bank.questions.map((q) => q.documentId)).toEqual(handed.flat());
  });

  it('fails with a later page\'s reason when it fails while an earlier one is still on its way', async () => {
    const handed: number[] = [];
    respond = (req, res) => {
      const asked = new URL(req.url ?? '', url);
      const n = Number(asked.searchParams.get('page'));
      if (asked.pathname === '/api/questions/bank' && n === 3) return res.writeHead(500).end('{}');
      setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(asked.pathname === '/api/questions/bank' ? page([bankQuestion(n)], 4) : page([]));
      }, n === 2 ? 100 : 0);
    };
    await expect(fetchKnowledgeBank({ url, token: 't' }, (questions) => handed.push(questions.length))).rejects.toThrow(/CMS:et svarade 500 på \/questions\/bank/);
    // Pages 1 and 2 were handed over; nothing after the failed one.
    expect(handed).toEqual([1, 1]);
  });

  it('checks the public statistics at the boundary: a hidden count must be null, a figure that is not stops the build', async () => {
    const stats = { generatedAt: '2026-11-30T12:00:00.000Z', promiseWorkingDays: 2, months: [{ month: '2026-11', answered: null, medianHours: null, withinPromise: null }], topTopics: [] };
    let body: unknown = stats;
    respond = (req, res) => {
      expect(req.url).toBe('/api/statistics');
      expect(req.headers.authorization).toBe('Bearer t');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    await expect(fetchPublicStatistics({ url, token: 't' })).resolves.toEqual(stats);
    body = { ...stats, months: [{ month: '2026-11', answered: 'färre än 5', medianHours: null, withinPromise: null }] };
    await expect(fetchPublicStatistics({ url, token: 't' })).rejects.toThrow(/oväntat innehåll på \/statistics.*months/s);
  });
});
