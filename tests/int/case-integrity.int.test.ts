import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import serviceConfig from '../../config/index.ts';
import { ADMIN, DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { A, Q, T, createTemplate, questionDraft, receiveQuestion, setStage, styledAnswer, writeAnswer } from '../helpers/workflow';

/**
 * The case as a whole: four eyes over every part of it (not only the answer's text), a published
 * question never without its published answer, nothing identifying published unless an editor
 * judged it not identifying, and fields only the workflow writes, whatever route a write takes.
 */

let cms: TestCms;
let one: AdminClient;
let two: AdminClient;
let three: AdminClient;
let submit: ReturnType<typeof contentApi>;
let read: ReturnType<typeof contentApi>;

const TEXT = 'Min mamma har svårt att betala hyran och jag undrar vad socialtjänsten kan hjälpa till med.';

const published = async (documentId: string) =>
  (await read.get(`/questions?filters[documentId][$eq]=${documentId}`)).body.data[0] as Record<string, any> | undefined;

async function approvedPair(title: string, text = TEXT) {
  const questionId = await receiveQuestion(submit, one, text, title);
  const answerId = await writeAnswer(one, questionId, 'Hon kan ansöka om ekonomiskt bistånd hos socialtjänsten.');
  expect((await setStage(one, questionId, 'in_review')).status).toBe(200);
  const approved = await setStage(two, questionId, 'approved');
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return { questionId, answerId };
}

async function publishedPair(title: string) {
  const pair = await approvedPair(title);
  const res = await two.publish(Q, pair.questionId);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return pair;
}

beforeAll(async () => {
  cms = await startCms();
  one = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  two = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
  three = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
  submit = contentApi(cms.url, cms.tokens.submit);
  read = contentApi(cms.url, cms.tokens.read);
  await createTemplate(one);
});

afterAll(async () => {
  await cms?.stop();
});

describe('four eyes over the whole case', () => {
  it('(a) moving an approved answer to another question takes its approval away', async () => {
    const { answerId } = await approvedPair('Godkänt svar som flyttas');
    const other = await receiveQuestion(submit, one, `${TEXT} Den här frågan har ingen kollega sett.`, 'Obesedd fråga');
    const move = await one.update(A, answerId, { question: { connect: [{ documentId: other }] } });
    expect(move.status, JSON.stringify(move.body)).toBe(200);

    expect((await one.publish(Q, other)).status).toBe(400);
    expect((await one.publish(A, answerId)).status).toBe(400);
    expect(await published(other)).toBeUndefined();
    expect((await setStage(one, other, 'in_review')).status).toBe(200);
    const self = await setStage(one, other, 'approved');
    expect(self.status).toBe(400);
    expect(self.body.error.message).toMatch(/själv/);
    // A colleague who has not touched the case can approve it.
    expect((await setStage(two, other, 'approved')).status).toBe(200);
    expect((await two.publish(Q, other)).status).toBe(200);
  });

  it('(a) the same from the question side of the relation, onto an approved question', async () => {
    const { answerId } = await approvedPair('Godkänt svar som hämtas');
    const target = await approvedPair('Godkänd fråga som får ett annat svar');
    const move = await one.update(Q, target.questionId, { answer: { connect: [{ documentId: answerId }] } });
    expect(move.status, JSON.stringify(move.body)).toBe(200);
    expect((await questionDraft(one, target.questionId)).stage).toBe('in_review');
    expect((await one.publish(Q, target.questionId)).status).toBe(400);
    expect(await published(target.questionId)).toBeUndefined();
  });

  it('(b) an approver who rewrites the question after approving cannot approve and publish alone', async () => {
    const { questionId } = await approvedPair('Godkänd och sedan omskriven');
    const rewrite = await two.update(Q, questionId, { title: 'Omskriven rubrik', body: `${TEXT} Något som ingen annan har läst.` });
    expect(rewrite.status).toBe(200);
    expect((await questionDraft(two, questionId)).stage).toBe('in_review');
    const again = await setStage(two, questionId, 'approved');
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/själv/);
    expect((await two.publish(Q, questionId)).status).toBe(400);
    // The writer, who has not touched the case since it was approved, reviews the rewrite.
    expect((await setStage(one, questionId, 'approved')).status).toBe(200);
    expect((await one.publish(Q, questionId)).status).toBe(200);
    expect((await published(questionId))?.title).toBe('Omskriven rubrik');
  });

  it('(b) a change and an approval in the same save count as a change', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Ändras och godkänns i ett steg');
    await writeAnswer(one, questionId, 'Svar.');
    await setStage(one, questionId, 'in_review');
    const both = await two.update(Q, questionId, { body: `${TEXT} Tillägg.`, stage: 'approved' });
    expect(both.status).toBe(400);
    expect((await questionDraft(two, questionId)).stage).toBe('in_review');
  });

  it('(c) a new slug or topic takes approval away', async () => {
    const slug = await approvedPair('Byter webbadress');
    expect((await two.update(Q, slug.questionId, { slug: 'en-helt-annan-adress' })).status).toBe(200);
    expect((await questionDraft(one, slug.questionId)).stage).toBe('in_review');
    expect((await one.publish(Q, slug.questionId)).status).toBe(400);

    const topic = await one.create(T, { name: 'Bostad', slug: 'bostad' });
    expect(topic.status).toBe(201);
    const moved = await approvedPair('Byter ämne');
    expect((await two.update(Q, moved.questionId, { topic: { connect: [{ documentId: topic.body.data.documentId }] } })).status).toBe(200);
    expect((await questionDraft(one, moved.questionId)).stage).toBe('in_review');
    expect((await one.publish(Q, moved.questionId)).status).toBe(400);
  });

  it('needs an editor outside everyone who changed the case since its last approval', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Två har skrivit');
    await writeAnswer(one, questionId, 'Svar från redaktör ett.');
    expect((await two.update(Q, questionId, { body: `${TEXT} Redigerad av två.` })).status).toBe(200);
    await setStage(one, questionId, 'in_review');
    expect((await setStage(one, questionId, 'approved')).status).toBe(400);
    expect((await setStage(two, questionId, 'approved')).status).toBe(400);
    expect((await setStage(three, questionId, 'approved')).status).toBe(200);
  });
});

describe('a published question always has its published answer', () => {
  it('moving the answer of a published pair takes both pairs down, and publishing goes on', async () => {
    const first = await publishedPair('Publicerat par vars svar flyttas');
    const target = await receiveQuestion(submit, one, `${TEXT} Mottagare.`, 'Får ett svar som redan är publicerat');
    expect((await one.update(A, first.answerId, { question: { connect: [{ documentId: target }] } })).status).toBe(200);

    expect(await published(first.questionId)).toBeUndefined();
    expect((await read.get(`/answers?filters[documentId][$eq]=${first.answerId}`)).body.data).toHaveLength(0);
    expect((await questionDraft(one, first.questionId)).stage).toBe('in_progress');
    const all = await read.get('/questions?pagination[pageSize]=100');
    expect(all.body.data.filter((q: { answer: unknown }) => !q.answer)).toEqual([]);

    // Nothing is stuck: another pair publishes, and the moved answer's new pair after its approval.
    const next = await publishedPair('Publiceras efter flytten');
    expect((await published(next.questionId))?.answer?.body).toContain('ekonomiskt bistånd');
    await setStage(one, target, 'in_review');
    expect((await setStage(two, target, 'approved')).status).toBe(200);
    expect((await two.publish(Q, target)).status).toBe(200);
    expect((await published(target))?.answer?.body).toContain('ekonomiskt bistånd');
  });

  it('a second answer written for a published question takes the pair down until it is approved', async () => {
    const pair = await publishedPair('Får ett nytt svar');
    await writeAnswer(one, pair.questionId, 'Ett helt nytt svar som ingen har granskat.');
    expect(await published(pair.questionId)).toBeUndefined();
    expect((await read.get(`/answers?filters[documentId][$eq]=${pair.answerId}`)).body.data).toHaveLength(0);
  });

  it('deleting the answer of a published pair takes the question off the site', async () => {
    const pair = await publishedPair('Svaret raderas');
    expect((await two.remove(A, pair.answerId)).status).toBe(200);
    expect(await published(pair.questionId)).toBeUndefined();
    expect((await questionDraft(one, pair.questionId)).stage).toBe('in_progress');
  });
});

describe('identifying details are not published', () => {
  const phone = '070-123 45 67';
  const mail = 'anna.svensson@example.se';

  it('re-scans the case at publishing, names each detail in Swedish, and publishes once they are gone or cleared', async () => {
    const text = `Min granne behöver hjälp. Ring mig på ${phone} eller mejla ${mail} om ni vill veta mer.`;
    const { questionId, answerId } = await approvedPair('Med kontaktuppgifter', text);
    const refused = await two.publish(Q, questionId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(`ett telefonnummer (”${phone}”) i frågan`);
    expect(refused.body.error.message).toContain(`en e-postadress (”${mail}”) i frågan`);
    expect((await two.publish(A, answerId)).status).toBe(400);
    expect(await published(questionId)).toBeUndefined();

    // One finding judged not identifying (say, it is a public number), recorded with who and when.
    expect((await one.update(Q, questionId, { piiClearances: [phone] })).status).toBe(200);
    const cleared = await questionDraft(one, questionId);
    expect(cleared.piiClearances).toEqual([{ text: phone, by: one.userId, at: expect.any(String) }]);
    // The clearance is a change to the case: a colleague approves again.
    expect(cleared.stage).toBe('in_review');
    expect((await setStage(two, questionId, 'approved')).status).toBe(200);
    const stillMail = await two.publish(Q, questionId);
    expect(stillMail.status).toBe(400);
    expect(stillMail.body.error.message).not.toContain(phone);
    expect(stillMail.body.error.message).toContain(mail);

    expect((await one.update(Q, questionId, { body: `Min granne behöver hjälp. Ring mig på ${phone}.` })).status).toBe(200);
    expect((await setStage(two, questionId, 'approved')).status).toBe(200);
    expect((await two.publish(Q, questionId)).status).toBe(200);
    const live = await published(questionId);
    expect(live?.body).not.toContain(mail);
  });

  it('flags details in the title and the answer too, but never the public helpline numbers', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Bor på Östergatan 5');
    await writeAnswer(one, questionId, `Ring ${serviceConfig.contacts.socialjour.phone} (socialjouren) eller 08-123 45 67.`);
    await setStage(one, questionId, 'in_review');
    expect((await setStage(two, questionId, 'approved')).status).toBe(200);
    const refused = await two.publish(Q, questionId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('en adress (”Östergatan 5”) i rubriken');
    expect(refused.body.error.message).toContain('ett telefonnummer (”08-123 45 67”) i svaret');
    expect(refused.body.error.message).not.toContain(serviceConfig.contacts.socialjour.phone);
  });
});

describe('fields only the workflow writes', () => {
  it('are refused on the admin API when changed, and pass when a form sends them back unchanged', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Skrivskyddade fält');
    const before = await questionDraft(one, questionId);
    for (const data of [
      { dueAt: '2031-01-01T00:00:00.000Z' },
      { submittedText: 'Något annat än det invånaren skrev.' },
      { receivedAt: '2020-01-01T00:00:00.000Z' },
      { authors: [] },
    ]) {
      const res = await one.update(Q, questionId, data);
      expect(res.status, JSON.stringify(data)).toBe(400);
      expect(res.body.error.message).toMatch(/fylls i av arbetsflödet/);
    }
    const after = await questionDraft(one, questionId);
    expect(after.dueAt).toBe(before.dueAt);
    expect(after.submittedText).toBe(TEXT);
    const roundTrip = await one.update(Q, questionId, { title: 'Ny rubrik', dueAt: before.dueAt, submittedText: before.submittedText });
    expect(roundTrip.status, JSON.stringify(roundTrip.body)).toBe(200);
  });
});

describe('a copy of a question', () => {
  it("is a new case in stage new, without the citizen's key or receipt", async () => {
    const created = await submit.post('/questions', {
      data: { text: TEXT, idempotencyKey: `kopia-${Date.now()}-abcdef`, receiptHash: 'a'.repeat(64) },
    });
    expect(created.status).toBe(201);
    const source = created.body.data.documentId;
    await one.update(Q, source, { title: 'Original', stage: 'in_progress' });
    const copy = await one.send('POST', `/content-manager/collection-types/${Q}/clone/${source}`, { title: 'Kopia' });
    expect(copy.status, JSON.stringify(copy.body)).toBe(200);
    const rows = await cms.strapi.db.query(Q).findMany({ where: { documentId: copy.body.data.documentId } });
    expect(rows[0].stage).toBe('new');
    expect(rows[0].idempotencyKey).toBeNull();
    expect(rows[0].receiptHash).toBeNull();
  });
});

describe('text from any route', () => {
  it('is stored without NUL or control characters, also from the admin (PostgreSQL refused them with a 500)', async () => {
    const questionId = await receiveQuestion(submit, one, TEXT, 'Rubrik');
    const res = await one.update(Q, questionId, { title: 'Rubrik\u0000 med\u0007 NUL', body: `${TEXT}\u0000\r\nNy rad.` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const draft = await questionDraft(one, questionId);
    expect(draft.title).toBe('Rubrik med NUL');
    expect(draft.body).toBe(`${TEXT}\nNy rad.`);
    const topic = await one.create(T, { name: 'Ämne\u0000 med NUL', slug: 'amne-med-nul' });
    expect(topic.status).toBe(201);
    expect(topic.body.data.name).toBe('Ämne med NUL');
  });
});

describe('referral links', () => {
  const R = 'api::referral.referral';
  it('are only http, https, tel or mailto addresses', async () => {
    for (const url of [
      'javascript:alert(document.domain)//https://',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example',
      'www.1177.se',
    ]) {
      const res = await one.create(R, { name: 'Farlig länk', kind: 'helpline', url });
      expect(res.status, url).toBe(400);
      expect(res.body.error.message).toMatch(/https:\/\//);
    }
    for (const url of ['https://www.1177.se', 'tel:112', 'mailto:info@example.se', 'http://example.se']) {
      expect((await one.create(R, { name: 'Bra länk', kind: 'helpline', url })).status, url).toBe(201);
    }
    const created = await one.create(R, { name: 'Ändras', kind: 'helpline', url: 'https://www.1177.se' });
    const edit = await one.update(R, created.body.data.documentId, { url: 'javascript:alert(1)' });
    expect(edit.status).toBe(400);
  });
});
