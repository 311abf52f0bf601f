import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { desk, draftOf, type Desk, type Draft } from '../helpers/desk';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { CLOSING, OPENING, Q, S, T, styledAnswer } from '../helpers/workflow';

/**
 * The editors' desk over HTTP, as two editors (and an administrator) call its admin routes: the
 * inbox, taking a case, every action, the refusals the workflow makes through it, the case record
 * and its comments, which never leak. The editors here have the editor role and nothing more.
 */

const CASE_EVENT = 'api::case-event.case-event';
const PERSONNUMMER = '19811218-9876';
const TEXT = `Min pappa dricker varje dag och jag vet inte hur jag ska prata med honom. Mitt personnummer är ${PERSONNUMMER}.`;

let cms: TestCms;
let one: Desk;
let two: Desk;
let oneAdmin: AdminClient;
let superAdmin: AdminClient;
let submit: ReturnType<typeof contentApi>;
let read: ReturnType<typeof contentApi>;
let templateId = '';
let topicId = '';

async function arrive(text = TEXT): Promise<string> {
  const res = await submit.post('/questions', { data: { text } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data.documentId as string;
}

/** The form as an editor fills it: a title, the citizen's text without the personnummer, an answer in the house style. */
function written(loaded: Awaited<ReturnType<Desk['load']>>, answer = 'Det är bra att du bryr dig om din pappa. Alkohollinjen kan ge råd.'): Draft {
  return {
    ...draftOf(loaded),
    title: 'Hur pratar jag med min pappa om hans drickande?',
    body: loaded.body.question.body.replace(` Mitt personnummer är ${PERSONNUMMER}.`, ''),
    topicId,
    answer: styledAnswer(answer),
    templateId,
  };
}

/** A case taken and sent to review by editor one. */
async function inReview(): Promise<string> {
  const id = await arrive();
  expect((await one.take(id)).status).toBe(200);
  const res = await one.submit(id, written(await one.load(id)));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.question.stage).toBe('in_review');
  return id;
}

const events = async (caseId: string) =>
  (await cms.strapi.db.query(CASE_EVENT).findMany({ where: { caseId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })) as Array<Record<string, any>>;

beforeAll(async () => {
  cms = await startCms({ contentManagerEditors: false });
  oneAdmin = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  one = desk(oneAdmin);
  two = desk(await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD));
  superAdmin = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
  submit = contentApi(cms.url, cms.tokens.submit);
  read = contentApi(cms.url, cms.tokens.read);
  const template = await oneAdmin.create(S, { name: 'Standard', opening: OPENING, closing: CLOSING });
  expect(template.status, JSON.stringify(template.body)).toBe(201);
  templateId = template.body.data.documentId;
  const topic = await superAdmin.send('POST', `/content-manager/collection-types/${T}/actions/publish`, { name: 'Missbruk', slug: 'missbruk', sortOrder: 1 });
  expect(topic.status, JSON.stringify(topic.body)).toBe(200);
  topicId = topic.body.data.documentId;
});

afterAll(async () => {
  await cms?.stop();
});

describe('who may use the desk', () => {
  it('needs a logged-in editor: anonymous calls get 401', async () => {
    for (const path of ['/desk/inbox', '/desk/counts', '/desk/published', '/desk/cases/x']) {
      expect((await fetch(`${cms.url}${path}`)).status, path).toBe(401);
    }
    expect((await fetch(`${cms.url}/desk/cases/x/actions`, { method: 'POST' })).status).toBe(401);
  });

  it('answers a failed log-in in Swedish', async () => {
    const res = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: EDITORS[0], password: 'fel-lösenord-123' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe('Fel e-postadress eller lösenord.');
  });

  it('needs the desk’s own permission actions: a role without them gets 403', async () => {
    const role = (await cms.strapi.service('admin::role').create({ name: 'Utan redaktionen', description: 'test' })) as { id: number };
    await cms.strapi.service('admin::user').create({
      email: 'ingen-behorighet@example.se', firstname: 'Utan', lastname: 'Behörighet', password: 'Ingen-Behorighet-2026', isActive: true, roles: [role.id],
    });
    const outsider = desk(await adminLogin(cms.url, 'ingen-behorighet@example.se', 'Ingen-Behorighet-2026'));
    expect((await outsider.inbox()).status).toBe(403);
    expect((await outsider.take(await arrive())).status).toBe(403);
  });

  it('editors reach questions and answers only through the desk; topics, templates and referrals stay in the content manager', async () => {
    const id = await arrive();
    expect((await oneAdmin.get(Q, id)).status).toBe(403);
    expect((await oneAdmin.send('GET', `/content-manager/collection-types/${Q}`)).status).toBe(403);
    expect((await oneAdmin.create('api::answer.answer', { body: 'x' })).status).toBe(403);
    for (const uid of [T, S, 'api::referral.referral']) {
      expect((await oneAdmin.send('GET', `/content-manager/collection-types/${uid}`)).status, uid).toBe(200);
    }
  });
});

describe('the inbox', () => {
  it('lists open cases oldest due first, with tabs, counts, names and marks, paged on the server', async () => {
    const first = await arrive('Jag vill inte leva längre och vet inte vart jag ska vända mig, min mamma vet inget.');
    for (let i = 0; i < 21; i++) await arrive(`Fråga nummer ${i} om försörjningsstöd och hur man ansöker om det i kommunen.`);
    const page1 = await one.inbox('new');
    expect(page1.status, JSON.stringify(page1.body)).toBe(200);
    expect(page1.body.items).toHaveLength(20);
    expect(page1.body.pageCount).toBeGreaterThanOrEqual(2);
    expect(page1.body.counts.new).toBe(page1.body.total);
    const dues = page1.body.items.map((item: { dueAt: string }) => new Date(item.dueAt).getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const page2 = await one.inbox('new', 2);
    expect(page2.body.items.length).toBeGreaterThan(0);
    const all = [...page1.body.items, ...page2.body.items];
    const urgent = all.find((item: { id: string }) => item.id === first);
    expect(urgent).toMatchObject({ urgent: true, stage: 'new', title: null, assignee: null, due: 'later' });
    const identifying = all.find((item: { firstLine: string }) => item.firstLine.includes(PERSONNUMMER));
    expect(identifying?.identifying).toBe(true);

    expect((await one.take(first)).status).toBe(200);
    const mine = await one.inbox('mine');
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(first);
    expect(mine.body.items[0].assignee).toEqual({ id: oneAdmin.userId, name: 'Redaktör Ett' });
    expect((await two.inbox('mine')).body.items.map((item: { id: string }) => item.id)).not.toContain(first);
  });

  it('refuses a tab or page it does not know, in Swedish', async () => {
    for (const query of ['tab=all', 'page=0', 'page=x']) {
      const res = await fetch(`${cms.url}/desk/inbox?${query}`, { headers: { Authorization: `Bearer ${oneAdmin.token}` } });
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.message).toMatch(/Ladda om sidan/);
    }
  });
});

describe('taking a case', () => {
  it('assigns it to me and starts the work; a second editor is told who has it', async () => {
    const id = await arrive();
    const taken = await one.take(id);
    expect(taken.status, JSON.stringify(taken.body)).toBe(200);
    expect(taken.body.question.assignee).toEqual({ id: oneAdmin.userId, name: 'Redaktör Ett' });
    expect(taken.body.question.stage).toBe('in_progress');
    const second = await two.take(id);
    expect(second.status).toBe(400);
    expect(second.body.error.message).toBe('Ärendet har redan tagits av Redaktör Ett.');
    expect(second.body.error.details.assignee.name).toBe('Redaktör Ett');
    const release = await two.release(id);
    expect(release.status).toBe(400);
    expect(release.body.error.message).toMatch(/Redaktör Ett som har ärendet/);
    expect((await one.release(id)).body.question.assignee).toBeNull();
    expect((await two.take(id)).status).toBe(200);
  });

  it('when two editors take the same case at once, exactly one gets it', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await arrive();
      const results = await Promise.all([one.take(id), two.take(id)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
      const loser = results.find((r) => r.status === 400)!;
      expect(loser.body.error.message).toMatch(/^Ärendet har redan tagits av Redaktör (Ett|Två)\.$/);
      const assignments = (await events(id)).filter((e) => e.kind === 'assignment');
      expect(assignments).toHaveLength(1);
    }
  });
});

describe('writing, review and publishing through the desk', () => {
  it('the writer is never offered approval, and the server refuses it through every desk route', async () => {
    const id = await inReview();
    const loaded = await one.load(id);
    // The writer changed the case since its last approval (there was none): four eyes names that.
    expect(loaded.body.me.approvalBlocker).toBe('ownChanges');
    expect((await two.load(id)).body.me.approvalBlocker).toBeNull();
    for (const attempt of [one.approve(id), one.approvePublish(id)]) {
      const res = await attempt;
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/någon annan måste godkänna det \(fyra ögon\)/);
    }
    const publish = await one.publish(id);
    expect(publish.status).toBe(400);
    expect(publish.body.error.message).toMatch(/måste först godkännas av en annan redaktör/);
    expect((await one.load(id)).body.question.stage).toBe('in_review');
    expect((await one.inbox('review')).body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await two.inbox('review')).body.items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('send back needs a comment; the writer sees it; sent again, approved and published in one step', async () => {
    const id = await inReview();
    const empty = await two.sendBack(id, ' \u200b ');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('Skriv en kommentar till kollegan om vad som behöver ändras.');
    const back = await two.sendBack(id, 'Nämn gärna Alkohollinjens telefonnummer.');
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.question.stage).toBe('in_progress');

    const seen = await one.load(id);
    const comment = seen.body.history.find((e: { kind: string }) => e.kind === 'comment');
    expect(comment).toMatchObject({ actor: 'Redaktör Två', comment: 'Nämn gärna Alkohollinjens telefonnummer.' });
    expect(seen.body.versions.returned.answer).toContain('Alkohollinjen kan ge råd');

    const again = await one.submit(id, written(seen, 'Ring gärna Alkohollinjen, du får vara anonym.'));
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    const published = await two.approvePublish(id);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.question.stage).toBe('published');
    expect(published.body.live.url).toMatch(/\/fragor\/hur-pratar-jag-med-min-pappa/);
    expect(published.body.question.submittedText).toBeNull();

    const live = await read.get(`/questions?filters[documentId][$eq]=${id}`);
    expect(live.body.data[0].answer.body).toContain('Ring gärna Alkohollinjen');

    const record = await events(id);
    expect(record.map((e) => [e.kind, e.from, e.to, e.actorName])).toEqual([
      ['received', null, 'new', null],
      ['stage', 'new', 'in_progress', 'Redaktör Ett'],
      ['assignment', null, String(oneAdmin.userId), 'Redaktör Ett'],
      ['stage', 'in_progress', 'in_review', 'Redaktör Ett'],
      ['stage', 'in_review', 'in_progress', 'Redaktör Två'],
      ['comment', null, null, 'Redaktör Två'],
      ['stage', 'in_progress', 'in_review', 'Redaktör Ett'],
      ['approval', 'in_review', 'approved', 'Redaktör Två'],
      ['publication', 'approved', 'published', 'Redaktör Två'],
    ]);
    expect(published.body.history.map((e: { kind: string }) => e.kind)).toEqual(record.map((e) => e.kind));
  });

  it('a refused "approve and publish" changes nothing: an identifying detail in the answer keeps it in review', async () => {
    const id = await arrive();
    await one.take(id);
    const draft = written(await one.load(id), `Ring oss gärna på 070-174 06 21 så pratar vi mer.`);
    expect((await one.submit(id, draft)).status).toBe(200);
    const refused = await two.approvePublish(id);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('ett telefonnummer (”070-174 06 21”) i svaret');
    const after = await two.load(id);
    expect(after.body.question.stage).toBe('in_review');
    expect(after.body.answer.approvedBy).toBeNull();
    expect((await events(id)).map((e) => e.kind)).not.toContain('approval');
  });

  it('a refused submit stores nothing of it: the question text stays as it was', async () => {
    const id = await arrive();
    await one.take(id);
    const before = await one.load(id);
    const res = await one.submit(id, { ...written(before), answer: 'x'.repeat(20_001) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('”Svar” är för lång: högst 20 000 tecken.');
    const after = await one.load(id);
    expect(after.body.question.title).toBe(before.body.question.title);
    expect(after.body.question.stage).toBe('in_progress');
    expect(after.body.answer).toBeNull();
  });

  it('rejects with a reason and an internal note in one step; without a reason nothing changes', async () => {
    const id = await arrive();
    const noReason = await one.act(id, { action: 'reject' });
    expect(noReason.status).toBe(400);
    expect((await one.load(id)).body.question.stage).toBe('new');
    const rejected = await one.reject(id, 'duplicate', 'Samma som frågan om pappans drickande.');
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body.question).toMatchObject({ stage: 'rejected', rejectionReason: 'duplicate' });
    expect(rejected.body.history.slice(-2).map((e: { kind: string; reason: string | null }) => [e.kind, e.reason])).toEqual([
      ['stage', 'duplicate'],
      ['comment', null],
    ]);
    const publish = await two.publish(id);
    expect(publish.status).toBe(400);
    expect(publish.body.error.message).toBe('En avvisad fråga kan aldrig publiceras.');
  });

  it('names no stage by its code in a refusal', async () => {
    const id = await arrive();
    const res = await one.act(id, { action: 'approve' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).not.toMatch(/\b(new|in_progress|in_review|approved|published|rejected)\b/);
  });
});

describe('odd input', () => {
  it('stores NUL bytes, control characters, emoji and zero-width text normalised; javascript: links are stored as typed and never rendered live', async () => {
    const id = await arrive();
    await one.take(id);
    const loaded = await one.load(id);
    const res = await one.save(id, {
      ...written(loaded, 'Se [här](javascript:alert(1)) \u0000och 🧡🏳️‍🌈 med\u200b nollbredd.'),
      title: 'Rubrik\u0000 med 👩‍👩‍👧 och\u0007 styrtecken',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.question.title).toBe('Rubrik med 👩‍👩‍👧 och styrtecken');
    expect(res.body.answer.body).toContain('🧡🏳️‍🌈 med\u200b nollbredd');
    expect(res.body.answer.body).not.toContain('\u0000');
    const comment = await one.comment(id, '\u200b\u200d\u2060');
    expect(comment.status).toBe(400);
  });

  it('refuses fields the form does not have, such as those only the workflow writes', async () => {
    const id = await arrive();
    const draft = draftOf(await one.load(id));
    for (const extra of [{ dueAt: '2031-01-01T00:00:00.000Z' }, { submittedText: 'Något annat' }, { stage: 'approved' }]) {
      const res = await one.act(id, { action: 'save', draft: { ...draft, ...extra } });
      expect(res.status, JSON.stringify(extra)).toBe(400);
    }
    const admin = desk(superAdmin);
    expect((await admin.load(id)).body.question.stage).toBe('new');
    const cm = await superAdmin.update(Q, id, { dueAt: '2031-01-01T00:00:00.000Z' });
    expect(cm.status).toBe(400);
    expect(cm.body.error.message).toMatch(/fylls i av arbetsflödet/);
  });
});

describe('the case record', () => {
  it('cannot be written, changed or deleted by anyone, not even a super admin through the content manager', async () => {
    const id = await arrive();
    await one.comment(id, 'En intern kommentar.');
    const [entry] = await events(id);
    const cm = `/content-manager/collection-types/${CASE_EVENT}`;
    const attempts = [
      superAdmin.send('POST', cm, { caseId: id, kind: 'comment', comment: 'Förfalskad', at: new Date().toISOString() }),
      superAdmin.send('PUT', `${cm}/${entry.documentId}`, { comment: 'Ändrad' }),
      superAdmin.send('DELETE', `${cm}/${entry.documentId}`),
      superAdmin.send('POST', `${cm}/actions/bulkDelete`, { documentIds: [entry.documentId] }),
    ];
    for (const res of await Promise.all(attempts)) expect([400, 403, 404]).toContain(res.status);
    await expect(cms.strapi.documents(CASE_EVENT).delete({ documentId: entry.documentId })).rejects.toThrow(/kan inte ändras eller tas bort/);
    const after = await events(id);
    expect(after.map((e) => [e.kind, e.comment])).toEqual([
      ['received', null],
      ['comment', 'En intern kommentar.'],
    ]);
    const types = await superAdmin.send('GET', '/content-manager/content-types');
    const shown = types.body.data.find((t: { uid: string }) => t.uid === CASE_EVENT);
    expect(shown?.isDisplayed ?? false).toBe(false);
  });

  it('comments and the record never reach the content API', async () => {
    const id = await inReview();
    await two.comment(id, 'HEMLIG-KOMMENTAR-123');
    for (const path of ['/case-events', `/case-events/${id}`]) {
      expect([403, 404]).toContain((await read.get(path)).status);
    }
    await two.approvePublish(id);
    const everything = JSON.stringify((await read.get('/questions?pagination[pageSize]=100')).body);
    expect(everything).not.toContain('HEMLIG-KOMMENTAR-123');
    expect(everything).not.toContain('caseId');
  });
});

describe('published questions', () => {
  it('are searched, edited back into review with the published version kept, and unpublished', async () => {
    const id = await inReview();
    await two.approvePublish(id);
    const found = await one.published('pappa drickande');
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(id);

    const loaded = await one.load(id);
    const edited = await one.save(id, { ...draftOf(loaded), title: 'Hur pratar jag med pappa om alkohol?' });
    expect(edited.body.question.stage).toBe('in_review');
    expect(edited.body.live.title).toBe('Hur pratar jag med min pappa om hans drickande?');
    const review = await two.load(id);
    expect(review.body.live.answer).toBe(review.body.answer.body);

    const similar = await two.load(await arrive('Min pappa dricker alkohol varje kväll, hur ska jag prata med honom om det?'));
    expect(similar.body.similar.map((s: { id: string }) => s.id)).toContain(id);

    const down = await two.unpublish(id);
    expect(down.status, JSON.stringify(down.body)).toBe(200);
    expect(down.body.live).toBeNull();
    expect((await read.get(`/questions?filters[documentId][$eq]=${id}`)).body.data).toHaveLength(0);
    expect((await events(id)).map((e) => e.kind).slice(-1)).toEqual(['unpublication']);
  });
});
