import { afterAll, describe, expect, it } from 'vitest';
import serviceConfig from '../../config/index.ts';
import { ADMIN, DEMO_PASSWORD, EDITORS, startCms, type TestCms } from '../helpers/cms';
import { adminLogin, contentApi } from '../helpers/http';

/** First run: demo content and demo editors; a second run seeds nothing twice. */

const running: TestCms[] = [];
afterAll(async () => {
  for (const cms of running) await cms.stop().catch(() => {});
});

async function countByStage(cms: TestCms) {
  const stages: Record<string, number> = {};
  const drafts = (await cms.strapi.documents('api::question.question').findMany({
    status: 'draft',
    fields: ['stage'],
    limit: 1000,
  } as never)) as Array<{ stage: string }>;
  for (const { stage } of drafts) stages[stage] = (stages[stage] ?? 0) + 1;
  return stages;
}

describe('demo content on a first, non-production run', () => {
  it('seeds topics, templates, referrals, published Q&A and drafts in every stage; editors can log in', async () => {
    const cms = await startCms({ demoContent: true });
    running.push(cms);
    const read = contentApi(cms.url, cms.tokens.read);

    const topics = await read.get('/topics?pagination[pageSize]=100');
    expect(topics.body.data.length).toBeGreaterThanOrEqual(8);
    const referrals = await read.get('/referrals?pagination[pageSize]=100');
    const phones = referrals.body.data.map((r: { phone: string }) => r.phone);
    expect(referrals.body.data.length).toBeGreaterThanOrEqual(10);
    for (const number of ['112', '1177', '116 111', '020-50 50 50', '90101', serviceConfig.contacts.socialjour.phone]) {
      expect(phones).toContain(number);
    }
    const questions = await read.get('/questions?pagination[pageSize]=100');
    expect(questions.body.meta.pagination.total).toBeGreaterThanOrEqual(30);
    expect(questions.body.data.every((q: { answer?: { body: string } }) => q.answer?.body)).toBe(true);

    const templates = await cms.strapi.documents('api::style-template.style-template').count({} as never);
    expect(templates).toBeGreaterThanOrEqual(3);
    const stages = await countByStage(cms);
    for (const stage of ['new', 'in_progress', 'in_review', 'approved', 'rejected', 'published']) {
      expect(stages[stage] ?? 0, stage).toBeGreaterThan(0);
    }
    for (const email of EDITORS) {
      const editor = await adminLogin(cms.url, email, DEMO_PASSWORD);
      expect(editor.userId).toBeGreaterThan(0);
    }
  });

  it('a second start on the same database seeds nothing twice', async () => {
    const first = running[0];
    const before = await countByStage(first);
    const topicCount = await first.strapi.documents('api::topic.topic').count({} as never);
    const again = await first.restart({ demoContent: true });
    running[0] = again;
    expect(await countByStage(again)).toEqual(before);
    expect(await again.strapi.documents('api::topic.topic').count({} as never)).toBe(topicCount);
    const users = await again.strapi.db.query('admin::user').count();
    expect(users).toBe(3);
  });

  it('gives the desk and the site statistics to show: the case record is dated like the questions', async () => {
    const editor = await adminLogin(running[0].url, EDITORS[0], DEMO_PASSWORD);
    const today = new Date();
    const yearAgo = new Date(today.getTime() - 2 * 365 * 24 * 60 * 60 * 1000);
    const tomorrow = new Date(today.getTime() + 24 * 60 * 60 * 1000);
    const day = (at: Date) => at.toISOString().slice(0, 10);
    const res = await editor.send('GET', `/desk/statistics?from=${day(yearAgo)}&to=${day(tomorrow)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { totals, weeks } = res.body;
    expect(totals.answered).toBeGreaterThanOrEqual(30);
    expect(totals.rejectedTotal).toBeGreaterThan(0);
    expect(totals.open).toBeGreaterThan(0);
    // Answers spread over many weeks, some of them late: not everything on the day of seeding.
    expect(weeks.filter((w: { answered: number }) => w.answered > 0).length).toBeGreaterThanOrEqual(20);
    expect(totals.withinPromise).toBeGreaterThan(0.5);
    expect(totals.withinPromise).toBeLessThan(1);
    expect(totals.medianHours).toBeGreaterThan(0);
  });

  it("keeps an administrator's own changes to the admin's views across a restart", async () => {
    const admin = await adminLogin(running[0].url, ADMIN.email, ADMIN.password);
    const url = '/content-manager/content-types/api::topic.topic/configuration';
    const { contentType } = (await admin.send('GET', url)).body.data;
    const { uid: _uid, ...configuration } = contentType;
    // As the admin's "Configure the view" sends it: the relations' display field is not sent back.
    for (const meta of Object.values(configuration.metadatas) as Array<{ list: Record<string, unknown> }>) delete meta.list.mainField;
    configuration.layouts.list = ['id', 'name'];
    configuration.settings.pageSize = 50;
    const saved = await admin.send('PUT', url, configuration);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    running[0] = await running[0].restart({ demoContent: true });
    const again = await adminLogin(running[0].url, ADMIN.email, ADMIN.password);
    const after = (await again.send('GET', url)).body.data.contentType;
    expect(after.layouts.list).toEqual(['id', 'name']);
    expect(after.settings.pageSize).toBe(50);
    // The Swedish labels this project sets are still there.
    expect(after.metadatas.name.edit.label).toBe('Namn');
  });
});
