import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import {
  A,
  Q,
  createTemplate,
  questionDraft,
  receiveQuestion,
  setStage,
  styledAnswer,
  writeAnswer,
} from '../helpers/workflow';

/** Every rule of the editorial workflow, through the real admin API and content API. */

let cms: TestCms;
let one: AdminClient;
let two: AdminClient;
let submit: ReturnType<typeof contentApi>;
let read: ReturnType<typeof contentApi>;

const TEXT = 'Min bror dricker mycket och jag vet inte hur jag ska prata med honom om det.';

async function publishedQuestion(slugOrId: string) {
  const res = await read.get(`/questions?filters[documentId][$eq]=${slugOrId}`);
  expect(res.status).toBe(200);
  return res.body.data[0] as Record<string, any> | undefined;
}

/** A question with an answer by editor one, approved by editor two. */
async function approvedPair(title: string) {
  const questionId = await receiveQuestion(submit, one, TEXT, title);
  const answerId = await writeAnswer(one, questionId, 'Det är bra att du bryr dig om din bror.');
  expect((await setStage(one, questionId, 'in_review')).status).toBe(200);
  const approved = await setStage(two, questionId, 'approved');
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return { questionId, answerId };
}

beforeAll(async () => {
  cms = await startCms();
  one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
  submit = contentApi(cms.url, cms.tokens.submit);
  read = contentApi(cms.url, cms.tokens.read);
  await createTemplate(one);
});

afterAll(async () => {
  await cms?.stop();
});

describe('intake: every question starts as a draft in stage new', () => {
  it('forces draft and stage new on a create through the content API, whatever the caller sends', async () => {
    const res = await submit.post('/questions?status=published', {
      data: {
        text: TEXT,
        stage: 'approved',
        publishedAt: new Date().toISOString(),
        rejectionReason: 'debate',
        title: 'Försök att publicera direkt',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { documentId, dueAt, receivedAt } = res.body.data;
    const draft = await questionDraft(one, documentId);
    expect(draft.stage).toBe('new');
    expect(draft.publishedAt).toBeNull();
    expect(draft.rejectionReason).toBeNull();
    expect(draft.submittedText).toBe(TEXT);
    expect(new Date(dueAt).getTime()).toBeGreaterThan(new Date(receivedAt).getTime() + 24 * 3600 * 1000);
    expect(await publishedQuestion(documentId)).toBeUndefined();
  });

  it('forces draft and stage new on a create in the admin too, even "create and publish"', async () => {
    const res = await one.send('POST', `/content-manager/collection-types/${Q}/actions/publish`, {
      title: 'Skapad och publicerad i ett steg',
      body: TEXT,
      stage: 'approved',
    });
    expect(res.status).toBe(400);
    const created = await one.create(Q, { title: 'Skapad av redaktör', body: TEXT, stage: 'approved' });
    expect(created.status).toBe(201);
    expect(created.body.data.stage).toBe('new');
    expect(created.body.data.publishedAt).toBeNull();
  });

  it('answers bad submissions with 400, a Swedish message and a reason for the site, never 500', async () => {
    const cases: Array<[unknown, string]> = [
      [{}, 'text_missing'],
      [{ text: 'för kort' }, 'text_too_short'],
      [{ text: 'x'.repeat(4001) }, 'text_too_long'],
      [{ text: '😀'.repeat(4001) }, 'text_too_long'],
      [{ text: 42 }, 'text_missing'],
      [{ text: '\u200b\u200d\u2060'.repeat(10) }, 'text_invisible'],
      [{ text: '\u0000'.repeat(30) }, 'text_missing'],
      [{ text: TEXT, topic: 'finnsinte0000000000000000' }, 'unknown_topic'],
      [{ text: TEXT, idempotencyKey: 'x' }, 'bad_key'],
      [{ text: TEXT, piiFindings: 'x' }, 'bad_findings'],
    ];
    for (const [data, reason] of cases) {
      const res = await submit.post('/questions', { data });
      expect(res.status, JSON.stringify(data).slice(0, 80)).toBe(400);
      expect(res.body.error.details.reason).toBe(reason);
      expect(res.body.error.message).not.toMatch(/Document|not found|Invalid|must be/);
    }
    expect((await submit.post('/questions', 'inte json')).status).toBe(400);
  });

  it('stores any text normalised, on SQLite and PostgreSQL alike: NUL, lone surrogates, control characters, long emoji', async () => {
    const texts = [
      `${TEXT}\u0000 och en NUL-byte`,
      `${TEXT} \ud800 och ett ensamt surrogat \udfff`,
      `${TEXT}\u0007\u001b[31m och styrtecken\r\nrad två`,
      '😀'.repeat(2001),
      '👨‍👩‍👧‍👦'.repeat(4000),
    ];
    for (const text of texts) {
      const findings = [{ kind: 'telefon', start: 0, end: 3, text: '070\u0000\ud800' }];
      const res = await submit.post('/questions', { data: { text, piiFindings: findings } });
      expect(res.status, text.slice(0, 40)).toBe(201);
      const [row] = await cms.strapi.db.query(Q).findMany({ where: { documentId: res.body.data.documentId } });
      expect(row.submittedText).not.toMatch(/[\u0000-\u0008\u000b-\u001f\r]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(row.submittedText.length).toBeGreaterThan(0);
      expect(row.piiFindings[0].text).toBe('070');
    }
  });
});

describe('four eyes: approval by another editor, publishing only when approved', () => {
  it('refuses to let the writer approve their own answer', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Eget godkännande');
    await writeAnswer(one, questionId, 'Ett svar.');
    expect((await setStage(one, questionId, 'in_review')).status).toBe(200);
    const res = await setStage(one, questionId, 'approved');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('själv');
    expect((await questionDraft(one, questionId)).stage).toBe('in_review');
  });

  it('refuses to publish a question or answer that is not approved', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Ej godkänd');
    const answerId = await writeAnswer(one, questionId, 'Ett svar.');
    await setStage(one, questionId, 'in_review');
    for (const [uid, id] of [[Q, questionId], [A, answerId]] as const) {
      const res = await two.publish(uid, id);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/godkänn/);
    }
    expect(await publishedQuestion(questionId)).toBeUndefined();
  });

  it('refuses to publish a question without an answer', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Utan svar');
    const res = await two.publish(Q, questionId);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('utan ett svar');
  });

  it('refuses approval of an answer that does not follow a style template', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Utan stilmall');
    const res = await one.create(A, { body: 'Bara ett svar utan inledning.', question: { connect: [{ documentId: questionId }] } });
    expect(res.status).toBe(201);
    await setStage(one, questionId, 'in_review');
    const approve = await setStage(two, questionId, 'approved');
    expect(approve.status).toBe(400);
    expect(approve.body.error.message).toContain('stilmall');
  });

  it('publishes question and answer together once another editor approved, and deletes the submitted text', async () => {
    const { questionId, answerId } = await approvedPair('Godkänd av kollega');
    const before = await questionDraft(one, questionId);
    expect(before.submittedText).toBe(TEXT);
    const res = await two.publish(A, answerId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);

    const published = await publishedQuestion(questionId);
    expect(published?.title).toBe('Godkänd av kollega');
    expect(published?.slug).toBe('godkand-av-kollega');
    expect(published?.answer?.body).toContain('Det är bra att du bryr dig');
    const answers = await read.get(`/answers?filters[documentId][$eq]=${answerId}`);
    expect(answers.body.data[0]?.question?.title).toBe('Godkänd av kollega');

    const after = await questionDraft(one, questionId);
    expect(after.stage).toBe('published');
    expect(after.submittedText).toBeNull();
    expect(after.piiFindings).toBeNull();
    const rows = await cms.strapi.db.query(Q).findMany({ where: { documentId: questionId } });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.submittedText).toBeNull();
      expect(row.piiFindings).toBeNull();
    }
  });

  it('publishing the question publishes its answer too', async () => {
    const { questionId, answerId } = await approvedPair('Publicerad från frågan');
    expect((await one.publish(Q, questionId)).status).toBe(200);
    const answers = await read.get(`/answers?filters[documentId][$eq]=${answerId}`);
    expect(answers.body.data).toHaveLength(1);
  });

  it('unpublishing either one unpublishes both and needs a new approval', async () => {
    const { questionId, answerId } = await approvedPair('Avpubliceras');
    expect((await two.publish(Q, questionId)).status).toBe(200);
    expect(await publishedQuestion(questionId)).toBeDefined();

    expect((await one.unpublish(A, answerId)).status).toBe(200);
    expect(await publishedQuestion(questionId)).toBeUndefined();
    expect((await read.get(`/answers?filters[documentId][$eq]=${answerId}`)).body.data).toHaveLength(0);
    expect((await questionDraft(one, questionId)).stage).toBe('in_review');
    expect((await two.publish(Q, questionId)).status).toBe(400);
  });
});

describe('editing approved content sends it back to review', () => {
  it('an edit to the answer after approval', async () => {
    const { questionId, answerId } = await approvedPair('Ändras efter godkännande');
    const edit = await two.update(A, answerId, { body: styledAnswer('Ett ändrat svar.') });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    expect((await questionDraft(one, questionId)).stage).toBe('in_review');
    const publish = await one.publish(A, answerId);
    expect(publish.status).toBe(400);
  });

  it('an edit to the question after approval', async () => {
    const { questionId } = await approvedPair('Frågan ändras');
    const edit = await one.update(Q, questionId, { title: 'Frågan ändras igen' });
    expect(edit.status).toBe(200);
    expect((await questionDraft(one, questionId)).stage).toBe('in_review');
  });

  it('a saved but unchanged approved question stays approved', async () => {
    const { questionId } = await approvedPair('Sparas utan ändring');
    const draft = await questionDraft(one, questionId);
    const save = await one.update(Q, questionId, { title: draft.title, body: draft.body });
    expect(save.status).toBe(200);
    expect((await questionDraft(one, questionId)).stage).toBe('approved');
  });

  it('an edit to a published question goes to review while the published version stays', async () => {
    const { questionId } = await approvedPair('Publicerad och ändrad');
    expect((await two.publish(Q, questionId)).status).toBe(200);
    expect((await one.update(Q, questionId, { body: `${TEXT} Tillägg.` })).status).toBe(200);
    expect((await questionDraft(one, questionId)).stage).toBe('in_review');
    expect((await publishedQuestion(questionId))?.body).toBe(TEXT);
  });

  it('refuses a stage jump that skips review, and setting "published" by hand', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Hoppar över steg');
    await writeAnswer(one, questionId, 'Svar.');
    const jump = await setStage(two, questionId, 'approved');
    expect(jump.status).toBe(400);
    const byHand = await setStage(two, questionId, 'published');
    expect(byHand.status).toBe(400);
  });
});

describe('rejection and retention', () => {
  it('needs a reason, is never published, and is purged after the retention period', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Avvisas');
    const noReason = await setStage(one, questionId, 'rejected');
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('skäl');
    const rejected = await setStage(one, questionId, 'rejected', { rejectionReason: 'debate' });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect((await two.publish(Q, questionId)).status).toBe(400);

    const service = cms.strapi.service('api::question.question');
    expect((await service.purgeRejected(new Date())).map((q: any) => q.documentId)).not.toContain(questionId);
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
    const removed = await service.purgeRejected(later);
    expect(removed.map((q: any) => q.documentId)).toContain(questionId);
    expect((await one.get(Q, questionId)).status).toBe(404);
  });
});

describe('the content API cannot write past the workflow', () => {
  it('has no update or delete routes, and the submit token cannot read', async () => {
    const { questionId } = await approvedPair('Skrivskydd');
    expect([403, 404, 405]).toContain((await submit.put(`/questions/${questionId}`, { data: { title: 'x' } })).status);
    expect([403, 404, 405]).toContain((await submit.delete(`/questions/${questionId}`)).status);
    expect((await submit.get('/questions')).status).toBe(403);
    expect((await read.post('/questions', { data: { text: TEXT } })).status).toBe(403);
  });
});

describe('the admin as editors see it', () => {
  it('lists questions as a queue, oldest due first, with Swedish labels and read-only workflow fields', async () => {
    const res = await one.send('GET', `/content-manager/content-types/${Q}/configuration`);
    expect(res.status).toBe(200);
    const { settings, metadatas, layouts } = res.body.data.contentType;
    expect(settings.defaultSortBy).toBe('dueAt');
    expect(settings.defaultSortOrder).toBe('ASC');
    expect(layouts.list).toEqual(expect.arrayContaining(['title', 'stage', 'dueAt']));
    expect(metadatas.stage.edit.label).toBe('Steg');
    expect(metadatas.submittedText.edit.editable).toBe(false);

    const queue = await one.send('GET', `/content-manager/collection-types/${Q}?sort=dueAt:ASC&pageSize=100`);
    expect(queue.status).toBe(200);
    const due = queue.body.results.map((q: { dueAt: string }) => new Date(q.dueAt).getTime());
    expect(due).toEqual([...due].sort((a, b) => a - b));
  });

  it('refuses writer and approver sent by a client: only the server sets them', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Förfalskad författare');
    const forged = await one.create(A, {
      body: styledAnswer('Svar.'),
      question: { connect: [{ documentId: questionId }] },
      writtenBy: { connect: [{ id: two.userId }] },
      approvedBy: { connect: [{ id: two.userId }] },
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.message).toMatch(/fylls i av arbetsflödet/);
    const res = await one.create(A, { body: styledAnswer('Svar.'), question: { connect: [{ documentId: questionId }] } });
    expect(res.status).toBe(201);
    const rows = await cms.strapi.db
      .query(A)
      .findMany({ where: { documentId: res.body.data.documentId }, populate: ['writtenBy', 'approvedBy'] });
    expect(rows[0].writtenBy?.id).toBe(one.userId);
    expect(rows[0].approvedBy).toBeNull();
    await setStage(one, questionId, 'in_review');
    expect((await setStage(one, questionId, 'approved')).status).toBe(400);
  });
});

describe('submissions from the site: idempotency and receipts', () => {
  const hash = (seed: string) => createHash('sha256').update(seed).digest('hex');
  const lookup = (receiptHash: string) => submit.post('/questions/receipt', { data: { receiptHash } });

  it('stores a retried submission once', async () => {
    const data = { text: TEXT, idempotencyKey: `retry-${Date.now()}-abcdef`, receiptHash: hash(`a${Date.now()}`) };
    const first = await submit.post('/questions', { data });
    const again = await submit.post('/questions', { data });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ documentId: first.body.data.documentId, receiptMatches: true });
    const rows = await cms.strapi.db.query(Q).count({ where: { idempotencyKey: data.idempotencyKey } });
    expect(rows).toBe(1);
  });

  it('binds a key to its text: the same key with another text is refused with 409, the first stays', async () => {
    const idempotencyKey = `bound-${Date.now()}-abcdef`;
    const first = await submit.post('/questions', { data: { text: TEXT, idempotencyKey, receiptHash: hash(`b1${Date.now()}`) } });
    expect(first.status).toBe(201);
    const other = await submit.post('/questions', { data: { text: `${TEXT} Men en annan fråga.`, idempotencyKey, receiptHash: hash(`b2${Date.now()}`) } });
    expect(other.status).toBe(409);
    expect(other.body.error.details.reason).toBe('key_conflict');
    // The same text again under another receipt: a client's repeated post, stored once, told so.
    const repeat = await submit.post('/questions', { data: { text: TEXT, idempotencyKey, receiptHash: hash(`b3${Date.now()}`) } });
    expect(repeat.status).toBe(200);
    expect(repeat.body.data.receiptMatches).toBe(false);
    const rows = await cms.strapi.db.query(Q).findMany({ where: { idempotencyKey } });
    expect(rows.map((r: { submittedText: string }) => r.submittedText)).toEqual([TEXT]);
  });

  it('decides a race between submissions with one key by a unique index: one question, no 500', async () => {
    for (const sameText of [true, false]) {
      const idempotencyKey = `race-${sameText}-${Date.now()}-abc`;
      const posts = Array.from({ length: 6 }, (_, i) =>
        submit.post('/questions', { data: { text: sameText ? TEXT : `${TEXT} (${i})`, idempotencyKey, receiptHash: hash(`race${i}${Date.now()}`) } }),
      );
      const statuses = (await Promise.all(posts)).map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.every((s) => [200, 201, 409].includes(s)), statuses.join()).toBe(true);
      if (!sameText) expect(statuses.filter((s) => s === 409)).toHaveLength(5);
      expect(await cms.strapi.db.query(Q).count({ where: { idempotencyKey } })).toBe(1);
    }
  });

  it('has the unique index, and it still lets a question with a key be published', async () => {
    const key = `index-test-${Date.now()}`;
    // db.query publishes by default; these are draft rows, as the site's submissions are.
    const draft = (documentId: string) => cms.strapi.db.query(Q).create({ data: { documentId, idempotencyKey: key, publishedAt: null } });
    await draft(`idx1${Date.now()}`);
    await expect(draft(`idx2${Date.now()}`)).rejects.toThrow();
    const created = await submit.post('/questions', { data: { text: TEXT, idempotencyKey: `publish-${Date.now()}-abcdef` } });
    const id = created.body.data.documentId;
    await one.update(Q, id, { title: 'Fråga med nyckel', body: TEXT, stage: 'in_progress' });
    await writeAnswer(one, id, 'Svar på frågan med nyckel.');
    await setStage(one, id, 'in_review');
    await setStage(two, id, 'approved');
    expect((await two.publish(Q, id)).status).toBe(200);
  });

  it('tells received, answered and not published apart by the receipt hash, and nothing else', async () => {
    const receipt = hash(`receipt-${Date.now()}`);
    const created = await submit.post('/questions', { data: { text: TEXT, receiptHash: receipt } });
    const id = created.body.data.documentId;
    const received = await lookup(receipt);
    expect(received.status).toBe(200);
    expect(received.body.data.status).toBe('received');
    expect(Object.keys(received.body.data).sort()).toEqual(['dueAt', 'receivedAt', 'status']);

    await one.update(Q, id, { title: 'Kvittofråga', body: TEXT, stage: 'in_progress' });
    await writeAnswer(one, id, 'Svar på kvittofrågan.');
    await setStage(one, id, 'in_review');
    await setStage(two, id, 'approved');
    expect((await two.publish(Q, id)).status).toBe(200);
    const answered = await lookup(receipt);
    expect(answered.body.data).toEqual({ status: 'answered', slug: 'kvittofraga' });

    const rejectedReceipt = hash(`rejected-${Date.now()}`);
    const rejected = await submit.post('/questions', { data: { text: TEXT, receiptHash: rejectedReceipt } });
    await setStage(one, rejected.body.data.documentId, 'rejected', { rejectionReason: 'identifying' });
    expect((await lookup(rejectedReceipt)).body.data).toEqual({ status: 'not_published', reason: 'identifying' });

    expect((await lookup(hash('unknown'))).status).toBe(404);
    expect((await lookup('not-a-hash')).status).toBe(400);
    expect((await read.post('/questions/receipt', { data: { receiptHash: receipt } })).status).toBe(403);
  });

  it('takes the receipt hash in a POST body, not the path, so that its request log never holds it', async () => {
    const receipt = hash(`logged-${Date.now()}`);
    await submit.post('/questions', { data: { text: TEXT, receiptHash: receipt } });
    const lines: string[] = [];
    const http = cms.strapi.log.http.bind(cms.strapi.log);
    cms.strapi.log.http = ((message: string) => {
      lines.push(String(message));
      return http(message);
    }) as typeof cms.strapi.log.http;
    try {
      expect((await lookup(receipt)).status).toBe(200);
    } finally {
      cms.strapi.log.http = http;
    }
    expect(lines.some((line) => line.includes('/api/questions/receipt'))).toBe(true);
    expect(lines.join('\n')).not.toContain(receipt);
  });
});
