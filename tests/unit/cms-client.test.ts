import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchKnowledgeBank } from '../../site/src/lib/cms';

/** The build's one door to the CMS fails loudly, naming the cause, instead of building a half-empty site. */

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

  it('names an unexpected answer, with the field that was wrong', async () => {
    respond = (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(req.url?.startsWith('/api/questions') ? page([{ documentId: 'a', title: 'Utan svar' }]) : page([]));
    };
    await expect(fetchKnowledgeBank({ url, token: 't' })).rejects.toThrow(/oväntat innehåll på \/questions.*(slug|answer)/s);
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
});
