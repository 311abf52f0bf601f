import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import serviceConfig from '../../config/index.ts';
import { ADMIN, DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { desk, draftOf, type Desk } from '../helpers/desk';
import { adminLogin, contentApi, type AdminClient } from '../helpers/http';
import { CLOSING, OPENING, Q, S, styledAnswer } from '../helpers/workflow';

/**
 * Logg: the case record over HTTP. Every step of a case is recorded, whichever way it was taken
 * (the desk, the content manager's admin API, the document service); the desk's Logg route lists
 * it newest first, paged and filtered on the server; nobody changes or deletes an entry, not even a
 * super admin; and the daily purge thins old entries while keeping what the statistics count.
 */

const CASE_EVENT = 'api::case-event.case-event';

let cms: TestCms;
let one: Desk;
let two: Desk;
let oneAdmin: AdminClient;
let twoAdmin: AdminClient;
let superAdmin: AdminClient;
let submit: ReturnType<typeof contentApi>;
let templateId = '';

async function arrive(text = 'Min mamma har svårt att betala hyran och jag vet inte vart hon kan vända sig för att få hjälp.'): Promise<string> {
  const res = await submit.post('/questions', { data: { text } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data.documentId as string;
}

async function submitted(id: string): Promise<void> {
  const loaded = await one.load(id);
  const res = await one.submit(id, { ...draftOf(loaded), title: 'Hjälp med hyran för en förälder', answer: styledAnswer('Kommunen kan ge råd om ekonomiskt bistånd.'), templateId });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

type Entry = Record<string, any>;
const record = async (caseId: string) =>
  (await cms.strapi.db.query(CASE_EVENT).findMany({ where: { caseId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })) as Entry[];
const steps = (entries: Entry[]) => entries.map((e) => [e.kind, e.from, e.to, e.actor]);

/**
 * Old entries for the Logg's period filter and for thinning. The server stamps `at` itself and
 * refuses to change an entry afterwards, so the test moves entries back in time in the table
 * directly (knex, below Strapi's query engine), as the passing of months would.
 */
async function backDate(caseId: string, at: Date): Promise<void> {
  const meta = cms.strapi.db.metadata.get(CASE_EVENT);
  const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
  const value = cms.strapi.db.dialect.client === 'sqlite' ? at.getTime() : at;
  await cms.strapi.db.connection(meta.tableName).where(column('caseId'), caseId).update({ [column('at')]: value });
}

beforeAll(async () => {
  cms = await startCms();
  oneAdmin = await adminLogin(cms.url, EDITORS[0], DEMO_PASSWORD);
  twoAdmin = await adminLogin(cms.url, EDITORS[1], DEMO_PASSWORD);
  one = desk(oneAdmin);
  two = desk(twoAdmin);
  superAdmin = await adminLogin(cms.url, ADMIN.email, ADMIN.password);
  submit = contentApi(cms.url, cms.tokens.submit);
  const template = await oneAdmin.create(S, { name: 'Standard', opening: OPENING, closing: CLOSING });
  expect(template.status, JSON.stringify(template.body)).toBe(201);
  templateId = template.body.data.documentId;
});

afterAll(async () => {
  await cms?.stop();
});

describe('every step of a case is recorded: who, what, from, to, when', () => {
  it('through the desk: taking, comments, review, send back, approval, publication, unpublication, release, rejection', async () => {
    const me = oneAdmin.userId;
    const other = twoAdmin.userId;
    const id = await arrive();
    const before = Date.now();
    expect((await one.take(id)).status).toBe(200);
    expect((await one.comment(id, 'Kollar vad som gäller för bostadsbidrag.')).status).toBe(200);
    await submitted(id);
    expect((await two.sendBack(id, 'Lägg till en hänvisning till budget- och skuldrådgivningen.')).status).toBe(200);
    await submitted(id);
    expect((await two.approve(id)).status).toBe(200);
    expect((await two.publish(id)).status).toBe(200);
    expect((await two.unpublish(id)).status).toBe(200);
    expect((await one.release(id)).status).toBe(200);

    const entries = await record(id);
    expect(steps(entries)).toEqual([
      ['received', null, 'new', null],
      ['stage', 'new', 'in_progress', me],
      ['assignment', null, String(me), me],
      ['comment', null, null, me],
      ['stage', 'in_progress', 'in_review', me],
      ['stage', 'in_review', 'in_progress', other],
      ['comment', null, null, other],
      ['stage', 'in_progress', 'in_review', me],
      ['approval', 'in_review', 'approved', other],
      ['publication', 'approved', 'published', other],
      ['unpublication', 'published', 'in_review', other],
      ['assignment', String(me), null, me],
    ]);
    expect(entries.find((e) => e.kind === 'comment' && e.actor === other)?.comment).toMatch(/budget- och skuldrådgivningen/);
    for (const e of entries) {
      expect(new Date(e.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
      if (e.actor) expect(e.actorName).toBeTruthy();
    }

    const rejected = await arrive('Det här är ett debattinlägg om kommunens budget och inte en fråga till socialtjänsten.');
    expect((await one.reject(rejected, 'debate', 'Inte en fråga.')).status).toBe(200);
    expect(steps(await record(rejected)).slice(1)).toEqual([
      ['stage', 'new', 'rejected', me],
      ['comment', null, null, me],
    ]);
    expect((await record(rejected))[1].reason).toBe('debate');
  });

  it('through the content manager’s admin API and the document service, in the name of whoever made the call', async () => {
    const id = await arrive();
    const admin = superAdmin.userId;
    expect((await superAdmin.update(Q, id, { stage: 'in_progress', title: 'Via innehållshanteraren' })).status).toBe(200);
    expect((await superAdmin.update(Q, id, { assignee: admin })).status).toBe(200);
    const answer = await superAdmin.create('api::answer.answer', { body: styledAnswer('Ett svar.'), template: templateId, question: { connect: [{ documentId: id }] } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect((await superAdmin.update(Q, id, { stage: 'in_review' })).status).toBe(200);
    expect((await oneAdmin.update(Q, id, { stage: 'approved' })).status).toBe(200);
    expect((await oneAdmin.publish(Q, id)).status).toBe(200);
    // An edit to the published case sends it to review; discarding the edit takes it back.
    expect((await superAdmin.update(Q, id, { title: 'Via innehållshanteraren, ändrad' })).status).toBe(200);
    const discard = await superAdmin.send('POST', `/content-manager/collection-types/${Q}/${id}/actions/discard`, {});
    expect(discard.status, JSON.stringify(discard.body)).toBe(200);
    expect((await oneAdmin.unpublish('api::answer.answer', answer.body.data.documentId)).status).toBe(200);
    // A script or plugin on the server, with no editor logged in: the system.
    await cms.strapi.documents(Q).update({ documentId: id, data: { stage: 'in_progress' } });
    expect((await superAdmin.remove(Q, id)).status).toBe(200);

    expect(steps(await record(id))).toEqual([
      ['received', null, 'new', null],
      ['stage', 'new', 'in_progress', admin],
      ['assignment', null, String(admin), admin],
      ['stage', 'in_progress', 'in_review', admin],
      ['approval', 'in_review', 'approved', oneAdmin.userId],
      ['publication', 'approved', 'published', oneAdmin.userId],
      ['stage', 'published', 'in_review', admin],
      ['stage', 'in_review', 'published', admin],
      ['unpublication', 'published', 'in_review', oneAdmin.userId],
      ['stage', 'in_review', 'in_progress', null],
      ['deletion', 'in_progress', null, admin],
    ]);
  });
});

describe('nobody changes or deletes an entry', () => {
  it('not a super admin over HTTP through the content manager’s admin API: 4xx, and the entry is unchanged', async () => {
    const id = await arrive();
    await one.comment(id, 'Kommentar som ska stå kvar.');
    const [received, comment] = await record(id);
    const cm = `/content-manager/collection-types/${CASE_EVENT}`;
    const attempts = [
      await superAdmin.send('PUT', `${cm}/${comment.documentId}`, { comment: 'Ändrad i efterhand', actor: null }),
      await superAdmin.send('DELETE', `${cm}/${comment.documentId}`),
      await superAdmin.send('POST', `${cm}/actions/bulkDelete`, { documentIds: [received.documentId, comment.documentId] }),
      await superAdmin.send('POST', `${cm}/${comment.documentId}/actions/publish`, {}),
    ];
    for (const res of attempts) {
      expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect(await record(id)).toEqual([received, comment]);
  });

  it('not code on the server either, below the document service: only the purge and the thinning may', async () => {
    const id = await arrive();
    const [entry] = await record(id);
    const query = cms.strapi.db.query(CASE_EVENT);
    await expect(query.update({ where: { id: entry.id }, data: { to: 'published' } })).rejects.toThrow(/kan inte ändras eller tas bort/);
    await expect(query.updateMany({ where: { caseId: id }, data: { actor: 1 } })).rejects.toThrow(/kan inte ändras/);
    await expect(query.delete({ where: { id: entry.id } })).rejects.toThrow(/kan inte ändras/);
    await expect(query.deleteMany({ where: { caseId: id } })).rejects.toThrow(/kan inte ändras/);
    await expect(cms.strapi.documents(CASE_EVENT).update({ documentId: entry.documentId, data: { to: 'x' } })).rejects.toThrow(/kan inte ändras/);
    expect(await record(id)).toEqual([entry]);
  });
});

describe('the Logg page’s route: GET /desk/log', () => {
  it('lists the record newest first with case titles and names, paged on the server', async () => {
    const id = await arrive();
    for (let i = 1; i <= 55; i += 1) expect((await two.comment(id, `Kommentar nummer ${i}`)).status).toBe(200);
    const first = await oneAdmin.send('GET', '/desk/log');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(50);
    expect(first.body.total).toBeGreaterThan(56);
    expect(first.body.items[0]).toMatchObject({ kind: 'comment', comment: 'Kommentar nummer 55', caseId: id, actorId: twoAdmin.userId, actorKind: 'editor' });
    expect(first.body.items[0].actor).toBeTruthy();
    const times = first.body.items.map((e: Entry) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(first.body.editors.map((e: Entry) => e.id)).toEqual(expect.arrayContaining([oneAdmin.userId, twoAdmin.userId]));

    const second = await oneAdmin.send('GET', `/desk/log?case=${id}&page=2`);
    expect(second.body).toMatchObject({ page: 2, pageCount: 2, total: 56 });
    expect(second.body.items.map((e: Entry) => e.kind)).toEqual(['comment', 'comment', 'comment', 'comment', 'comment', 'received']);
    expect(second.body.items[5].actorKind).toBe('citizen');
  });

  it('filters by editor, by case and by a period of Stockholm dates, both days included', async () => {
    const old = await arrive();
    expect((await one.take(old)).status).toBe(200);
    await backDate(old, new Date('2025-03-10T23:30:00.000Z')); // 00:30 on 11 March in Stockholm
    const byCase = await oneAdmin.send('GET', `/desk/log?case=${old}`);
    expect(byCase.body.items.map((e: Entry) => e.kind)).toEqual(['assignment', 'stage', 'received']);
    expect(byCase.body.items[0].caseTitle).toBeNull();

    const inMarch = await oneAdmin.send('GET', '/desk/log?from=2025-03-11&to=2025-03-11');
    expect(inMarch.body.total).toBe(3);
    expect((await oneAdmin.send('GET', '/desk/log?from=2025-03-01&to=2025-03-10')).body.total).toBe(0);
    expect((await oneAdmin.send('GET', '/desk/log?to=2025-03-11')).body.total).toBe(3);

    const mine = await oneAdmin.send('GET', `/desk/log?editor=${oneAdmin.userId}&from=2025-01-01&to=2025-12-31`);
    expect(mine.body.items.map((e: Entry) => e.kind)).toEqual(['assignment', 'stage']);
    expect((await oneAdmin.send('GET', `/desk/log?editor=${twoAdmin.userId}&case=${old}`)).body.total).toBe(0);
    expect((await oneAdmin.send('GET', '/desk/log?editor=&case=&from=&to=')).status).toBe(200);
  });

  it('refuses bad filters with a Swedish 400 naming what is wrong', async () => {
    const cases: Array<[string, RegExp]> = [
      ['editor=nisse', /Redaktören/],
      ['editor=-1', /Redaktören/],
      ['case=..%2F..%2Fadmin', /ärendenummer/],
      ['from=2025-02-30', /Från-datumet/],
      ['from=igår', /Från-datumet/],
      ['to=2025-13-01', /Till-datumet/],
      ['from=2025-05-01&to=2025-04-01', /Till-datumet/],
      ['page=0', /Sidan/],
      ['page=1&page=2', /Sidan/],
    ];
    for (const [query, message] of cases) {
      const res = await oneAdmin.send('GET', `/desk/log?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.message, query).toMatch(message);
    }
  });

  it('is for logged-in editors with the desk’s read permission only, and never in the content API', async () => {
    expect((await fetch(`${cms.url}/desk/log`)).status).toBe(401);
    for (const token of [cms.tokens.read, cms.tokens.submit]) {
      expect((await fetch(`${cms.url}/desk/log`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
    }
    const role = (await cms.strapi.service('admin::role').create({ name: 'Utan loggen', description: 'test' })) as { id: number };
    await cms.strapi.service('admin::user').create({
      email: 'utan-loggen@example.se', firstname: 'Utan', lastname: 'Loggen', password: 'Utan-Loggen-2026-x', isActive: true, roles: [role.id],
    });
    const outsider = await adminLogin(cms.url, 'utan-loggen@example.se', 'Utan-Loggen-2026-x');
    expect((await outsider.send('GET', '/desk/log')).status).toBe(403);
  });
});

describe('thinning: entries older than retention.logMonths keep only what the statistics count', () => {
  it('removes comments, assignments and who acted from old entries, keeps their stages and publications, and leaves recent ones whole', async () => {
    expect(serviceConfig.retention.logMonths).toBe(24);
    const old = await arrive();
    expect((await one.take(old)).status).toBe(200);
    expect((await one.comment(old, 'En gammal kommentar.')).status).toBe(200);
    await submitted(old);
    expect((await two.approvePublish(old)).status).toBe(200);
    const recent = await arrive();
    expect((await one.take(recent)).status).toBe(200);
    expect((await one.comment(recent, 'En ny kommentar.')).status).toBe(200);
    const recentBefore = await record(recent);

    const now = new Date();
    const longAgo = new Date(now);
    longAgo.setUTCMonth(longAgo.getUTCMonth() - 24);
    longAgo.setUTCDate(longAgo.getUTCDate() - 1);
    await backDate(old, longAgo);
    const statisticsBefore = (await record(old)).filter((e) => !['assignment', 'comment'].includes(e.kind));

    const result = await cms.strapi.service('api::question.question').thinCaseRecord(now);
    expect(result.removed).toBeGreaterThanOrEqual(2);

    const thinned = await record(old);
    expect(thinned.map((e) => [e.kind, e.from, e.to, e.reason])).toEqual(statisticsBefore.map((e) => [e.kind, e.from, e.to, e.reason]));
    expect(thinned.map((e) => e.kind)).toEqual(['received', 'stage', 'stage', 'approval', 'publication']);
    for (const e of thinned) {
      expect([e.actor, e.actorName, e.comment]).toEqual([null, null, null]);
      expect(new Date(e.at).getTime()).toBe(longAgo.getTime());
    }
    expect(await record(recent)).toEqual(recentBefore);
  });

  it('the purge of a rejected case removes its whole record', async () => {
    const id = await arrive();
    expect((await one.reject(id, 'other', 'Anteckning om det inskickade.')).status).toBe(200);
    expect((await record(id)).length).toBe(3);
    const later = new Date(Date.now() + (serviceConfig.retention.rejectedDays + 1) * 24 * 60 * 60 * 1000);
    const purged = await cms.strapi.service('api::question.question').purgeRejected(later);
    expect(purged.map((q: { documentId: string }) => q.documentId)).toContain(id);
    expect(await record(id)).toEqual([]);
  });
});
