import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { desk } from '../helpers/desk';
import { adminLogin, contentApi } from '../helpers/http';

/**
 * The content API never exposes drafts, private fields or admin users, whatever token, status,
 * populate, fields or filters a caller sends. Runs against the seeded demo content, which has
 * drafts in every stage, PII findings, rejected submissions and answers written by editors.
 */

const PRIVATE_KEYS = [
  'submittedText', 'piiFindings', 'receiptHash', 'rejectionReason', 'rejectedAt', 'stage', 'receivedAt',
  'dueAt', 'writtenBy', 'writtenAt', 'approvedBy', 'approvedAt', 'createdBy', 'updatedBy', 'template',
  'email', 'password', 'firstname', 'lastname', 'resetPasswordToken',
  // who has a case, the versions a reviewer compares, and the case record with its comments
  'assignee', 'reviewedVersion', 'caseId', 'actor', 'actorName', 'comment',
];

const COMMENT = 'INTERN-KOMMENTAR-SOM-ALDRIG-FÅR-SYNAS';

function keysDeep(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysDeep(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      keysDeep(inner, found);
    }
  }
  return found;
}

let cms: TestCms;
let read: ReturnType<typeof contentApi>;
let anonymous: ReturnType<typeof contentApi>;
let publishedCount = 0;
let draftOnlyId = '';
let publishedId = '';
// A "Vad saknades?" text and a count stored through the site's own route before the tests look.
const FEEDBACK_MARKER = `SAKNADES${Date.now()}`;
const FEEDBACK_PATHS = ['/feedback', '/feedback/votes', '/feedback/texts', '/feedback-counts', '/feedback-texts', '/feedback-count', '/feedback-text'];

beforeAll(async () => {
  cms = await startCms({ demoContent: true });
  read = contentApi(cms.url, cms.tokens.read);
  anonymous = contentApi(cms.url);
  publishedCount = await cms.strapi.documents('api::question.question').count({ status: 'published' } as never);
  const drafts = (await cms.strapi.documents('api::question.question').findMany({
    status: 'draft',
    filters: { stage: 'in_review' },
  } as never)) as Array<{ documentId: string }>;
  draftOnlyId = drafts[0].documentId;
  publishedId = (await read.get('/questions?pagination[pageSize]=1')).body.data[0].documentId;
  const submit = contentApi(cms.url, cms.tokens.submit);
  expect((await submit.post('/feedback/texts', { data: { question: publishedId, text: `${FEEDBACK_MARKER} saknades i svaret` } })).status).toBe(201);
  expect((await submit.post('/feedback/votes', { data: { question: publishedId, helped: false } })).status).toBe(201);
  // An internal comment on a published case and on a draft: neither may ever be served.
  const editor = desk(await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD));
  const published = await cms.strapi.documents('api::question.question').findFirst({ status: 'published' });
  for (const id of [published!.documentId, draftOnlyId]) expect((await editor.comment(id, COMMENT)).status).toBe(200);
});

afterAll(async () => {
  await cms?.stop();
});

describe('no token: the public role has no permissions at all', () => {
  it.each(['/questions', '/questions/bank', '/answers', '/topics', '/referrals', '/users', '/users/me', '/style-templates', '/statistics'])(
    'GET %s is refused',
    async (path) => {
      expect([401, 403, 404]).toContain((await anonymous.get(path)).status);
    },
  );

  it('refuses sign-up, log-in and question creation without a token', async () => {
    expect([401, 403, 405]).toContain(
      (await anonymous.post('/auth/local/register', { username: 'x', email: 'x@example.se', password: 'Hemligt123' })).status,
    );
    expect([401, 403, 405]).toContain((await anonymous.post('/auth/local', { identifier: 'x', password: 'y' })).status);
    expect([401, 403]).toContain((await anonymous.post('/questions', { data: { text: 'x'.repeat(30) } })).status);
  });
});

describe('read token: published content only, public fields only', () => {
  it('lists exactly the published questions, with answers and topics but nothing private', async () => {
    const res = await read.get('/questions?pagination[pageSize]=100');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(publishedCount);
    expect(publishedCount).toBeGreaterThanOrEqual(30);
    for (const question of res.body.data) {
      expect(question.publishedAt).toBeTruthy();
      expect(question.answer?.body).toBeTruthy();
    }
    const keys = keysDeep(res.body);
    for (const key of PRIVATE_KEYS) expect(keys.has(key), key).toBe(false);
  });

  it('the bank route (the build reads it) lists exactly the published questions too, whatever else is asked', async () => {
    const listed = await read.get('/questions?pagination[pageSize]=100&sort=publishedAt:desc');
    for (const query of ['', '?page=1', '?page=1&status=draft&populate=*&fields[0]=submittedText&filters[stage][$eq]=in_review&publicationState=preview']) {
      const res = await read.get(`/questions/bank${query}`);
      expect(res.status, query).toBe(200);
      expect(res.body.meta.pagination).toMatchObject({ page: 1, pageCount: 1, total: publishedCount });
      expect(res.body.data.map((q: { documentId: string }) => q.documentId)).toEqual(listed.body.data.map((q: { documentId: string }) => q.documentId));
      expect(res.body.data[0]).toEqual(listed.body.data[0]);
      expect(JSON.stringify(res.body)).not.toContain(draftOnlyId);
      const keys = keysDeep(res.body);
      for (const key of PRIVATE_KEYS) expect(keys.has(key), `${query}: ${key}`).toBe(false);
    }
    expect((await read.get('/questions/bank?page=2')).body.data).toEqual([]);
    for (const page of ['0', '-1', '1.5', 'x', '1e3']) {
      const res = await read.get(`/questions/bank?page=${page}`);
      expect(res.status, page).toBe(400);
      expect(res.body.error.message).toMatch(/heltal/);
    }
  });

  it.each(['/answers', '/topics', '/referrals'])('%s shows no private field', async (path) => {
    const res = await read.get(`${path}?pagination[pageSize]=100`);
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    const keys = keysDeep(res.body);
    for (const key of PRIVATE_KEYS) expect(keys.has(key), key).toBe(false);
  });

  it('never returns a draft, whatever status is asked for', async () => {
    for (const query of ['status=draft', 'status=draft&filters[documentId][$eq]=' + draftOnlyId, 'publicationState=preview']) {
      const res = await read.get(`/questions?${query}`);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(res.body)).not.toContain(draftOnlyId);
    }
    expect((await read.get(`/questions/${draftOnlyId}`)).status).toBe(404);
    expect((await read.get(`/questions/${draftOnlyId}?status=draft`)).status).toBe(400);
    const filtered = await read.get(`/questions?filters[documentId][$eq]=${draftOnlyId}`);
    expect(filtered.body.data).toHaveLength(0);
  });

  it.each([
    'populate=*',
    'populate[answer][populate]=*',
    'populate[answer][populate][writtenBy]=*',
    'populate[0]=createdBy',
    'populate[topic][populate][questions][populate]=*',
  ])('refuses a client-chosen populate: %s', async (query) => {
    const res = await read.get(`/questions?${query}`);
    expect(res.status).toBe(400);
    expect(keysDeep(res.body).has('writtenBy')).toBe(false);
  });

  it.each(['fields[0]=submittedText', 'fields=receiptHash', 'fields[0]=title&fields[1]=stage', 'fields[0]=createdBy'])(
    'refuses private fields: %s',
    async (query) => {
      expect((await read.get(`/questions?${query}`)).status).toBe(400);
    },
  );

  it.each([
    'filters[submittedText][$contains]=a',
    'filters[stage][$eq]=new',
    'filters[receiptHash][$startsWith]=0',
    'filters[rejectionReason][$null]=false',
    'filters[answer][writtenBy][email][$startsWith]=r',
    'filters[answer][approvedBy][id][$gt]=0',
    'filters[updatedBy][email][$startsWith]=a',
    'filters[createdBy][password][$startsWith]=$',
    'filters[$or][0][createdBy][resetPasswordToken][$null]=false',
    'filters[topic][questions][stage][$eq]=new',
    'filters[title][$eq][stage]=new',
    'where[updatedBy][email][$startsWith]=a',
    '_where[stage]=new',
    'sort=receivedAt:asc',
    'sort[0]=createdBy.email',
  ])('refuses filtering or sorting on private data (no oracle): %s', async (query) => {
    const res = await read.get(`/questions?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/filtrera|sortera|parameter|operator/i);
  });

  it('the same holds on answers, the other way round', async () => {
    for (const query of ['filters[writtenBy][email][$startsWith]=r', 'filters[question][submittedText][$contains]=a', 'populate=*']) {
      expect((await read.get(`/answers?${query}`)).status, query).toBe(400);
    }
  });

  it('allowed filters still work', async () => {
    const topics = await read.get('/topics?sort=sortOrder:asc');
    const slug = topics.body.data[0].slug;
    const res = await read.get(`/questions?filters[topic][slug][$eq]=${slug}&sort=publishedAt:desc`);
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const q of res.body.data) expect(q.topic.slug).toBe(slug);
  });
});

describe('the case record and its comments', () => {
  it('have no content-API route for any token', async () => {
    for (const client of [anonymous, read, contentApi(cms.url, cms.tokens.submit)]) {
      for (const path of ['/case-events', '/case-event', '/case-events/1', '/comments']) {
        expect([403, 404]).toContain((await client.get(path)).status);
      }
    }
  });

  it('never appear in what the content API serves, however it is asked', async () => {
    const responses = await Promise.all(
      ['/questions?pagination[pageSize]=100', '/answers?pagination[pageSize]=100', '/topics', '/referrals'].map((path) => read.get(path)),
    );
    for (const res of responses) {
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(COMMENT);
    }
    for (const query of ['populate[caseEvents]=*', 'filters[assignee][id][$gt]=0', 'fields[0]=reviewedVersion', 'sort=assignee.id']) {
      expect((await read.get(`/questions?${query}`)).status, query).toBe(400);
    }
  });
});

describe('the public statistics', () => {
  it('are aggregates only: no private field, no case or topic id, no comment', async () => {
    const res = await read.get('/statistics');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const keys = keysDeep(res.body);
    for (const key of [...PRIVATE_KEYS, 'id', 'documentId', 'actor', 'reason']) expect(keys.has(key), key).toBe(false);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(COMMENT);
    expect(text).not.toContain(publishedId);
    expect(text).not.toContain(draftOnlyId);
    expect((await contentApi(cms.url, cms.tokens.submit).get('/statistics')).status).toBe(403);
  });
});

describe('the case record through the content API, and the desk’s own routes', () => {
  it('cannot be written, changed or deleted with any token, and nothing changes in it', async () => {
    const record = 'api::case-event.case-event';
    const before = await cms.strapi.db.query(record).count();
    const [entry] = (await cms.strapi.db.query(record).findMany({ limit: 1 })) as Array<{ id: number; documentId: string }>;
    for (const client of [anonymous, read, contentApi(cms.url, cms.tokens.submit)]) {
      const fake = { data: { caseId: publishedId, kind: 'publication', at: new Date().toISOString() } };
      for (const res of [
        await client.post('/case-events', fake),
        await client.put(`/case-events/${entry.documentId}`, { data: { comment: 'ändrad' } }),
        await client.delete(`/case-events/${entry.documentId}`),
      ]) {
        expect([403, 404, 405]).toContain(res.status);
      }
    }
    expect(await cms.strapi.db.query(record).count()).toBe(before);
  });

  it('Logg, the feedback on a case, the answers with most Nej and an editor’s notifications are admin routes: every token the site has gets 401', async () => {
    const paths = ['/desk/log', `/desk/log?case=${publishedId}`, `/desk/cases/${publishedId}/feedback`, '/desk/feedback/least-helpful', '/desk/me/notifications'];
    for (const token of [undefined, cms.tokens.read, cms.tokens.submit]) {
      for (const path of paths) {
        const res = await fetch(`${cms.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
        expect(res.status, path).toBe(401);
        expect(await res.text()).not.toContain(COMMENT);
      }
      for (const path of ['/desk/log', '/desk/cases/x/feedback', '/log', '/case-events?populate=*']) {
        expect([403, 404]).toContain((await contentApi(cms.url, token).get(path)).status);
      }
    }
  });
});

describe('submit token: can create questions and do nothing else', () => {
  it('cannot read anything', async () => {
    const submit = contentApi(cms.url, cms.tokens.submit);
    for (const path of ['/questions', '/questions/bank', '/answers', '/topics', '/referrals', `/questions/${draftOnlyId}`]) {
      expect((await submit.get(path)).status, path).toBe(403);
    }
  });
});

describe('feedback on answers: written by the site, never readable through the content API', () => {
  it('no token, the read token and the submit token can read no count and no text', async () => {
    for (const api of [anonymous, read, contentApi(cms.url, cms.tokens.submit)]) {
      for (const path of FEEDBACK_PATHS) {
        const res = await api.get(`${path}?pagination[pageSize]=100`);
        expect([401, 403, 404, 405], path).toContain(res.status);
        expect(JSON.stringify(res.body)).not.toContain(FEEDBACK_MARKER);
      }
    }
  });

  it('no public endpoint, whatever it is asked to populate or filter, shows a count or a text', async () => {
    const paths = [
      '/questions?pagination[pageSize]=100',
      `/questions/${publishedId}`,
      '/answers?pagination[pageSize]=100',
      '/topics?pagination[pageSize]=100',
      '/referrals?pagination[pageSize]=100',
      '/questions?populate[feedback]=*',
      '/questions?filters[feedback][text][$contains]=S',
    ];
    for (const path of paths) {
      const res = await read.get(path);
      expect(JSON.stringify(res.body), path).not.toContain(FEEDBACK_MARKER);
      expect(keysDeep(res.body).has('notHelped'), path).toBe(false);
      expect(keysDeep(res.body).has('helped'), path).toBe(false);
    }
  });

  it('the read token cannot post feedback, and nobody can change or delete it', async () => {
    expect((await read.post('/feedback/votes', { data: { question: publishedId, helped: true } })).status).toBe(403);
    expect([401, 403]).toContain((await anonymous.post('/feedback/texts', { data: { question: publishedId, text: 'x' } })).status);
    const submit = contentApi(cms.url, cms.tokens.submit);
    for (const api of [read, submit]) {
      expect([403, 404, 405]).toContain((await api.put('/feedback/texts/1', { data: { text: 'ändrad' } })).status);
      expect([403, 404, 405]).toContain((await api.delete('/feedback/texts/1')).status);
    }
  });
});

describe('the HTTP surface', () => {
  it('sends no X-Powered-By and allows CORS only from the site', async () => {
    const own = await fetch(`${cms.url}/api/topics`, {
      headers: { Authorization: `Bearer ${cms.tokens.read}`, Origin: 'http://localhost:4321' },
    });
    expect(own.headers.get('x-powered-by')).toBeNull();
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
    const other = await fetch(`${cms.url}/api/topics`, {
      headers: { Authorization: `Bearer ${cms.tokens.read}`, Origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('*');
  });
});
