import type { Core } from '@strapi/strapi';
import serviceConfig from '../service-config';
import { asSystem, runAs, type Actor } from '../workflow/actor';
import { CASE_EVENT } from '../workflow/case-events';
import { ANSWER, QUESTION, STYLE_TEMPLATE } from '../workflow/documents';
import { addWorkingDays } from '../workflow/working-days';
import { questions, referrals, styleTemplates, topics } from './demo-content';
import type { DemoQuestion } from './demo-types';

/**
 * Demo content for a first, non-production run. Questions go through the real workflow (a citizen's
 * intake, editor one writes, editor two approves and publishes), so the demo shows the rules working;
 * only the dates are moved back afterwards so that the knowledge bank looks lived in.
 */

const MARKER = { type: 'core', name: 'frageladan', key: 'demo-seeded' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Hours from arrival to publication, taken in turn, so that the demo's statistics show a spread:
 * most within the promise, some after a weekend, a few late.
 */
const ANSWER_HOURS = [5, 22, 3, 27, 47, 8, 70, 20, 30, 100];

export async function isSeeded(strapi: Core.Strapi): Promise<boolean> {
  return Boolean(await strapi.store(MARKER).get());
}

async function seedTopics(strapi: Core.Strapi): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const topic of topics) {
    const created = await strapi.documents('api::topic.topic').create({ data: topic, status: 'published' });
    ids.set(topic.slug, (created as { documentId: string }).documentId);
  }
  return ids;
}

async function seedTemplates(strapi: Core.Strapi): Promise<Map<string, { documentId: string; opening: string; closing: string }>> {
  const byKey = new Map<string, { documentId: string; opening: string; closing: string }>();
  for (const { key, ...template } of styleTemplates) {
    const created = await strapi.documents(STYLE_TEMPLATE).create({ data: template });
    byKey.set(key, { documentId: (created as { documentId: string }).documentId, ...template });
  }
  return byKey;
}

async function seedReferrals(strapi: Core.Strapi, topicIds: Map<string, string>): Promise<void> {
  const { socialjour } = serviceConfig.contacts;
  const all = [
    ...referrals,
    { ...socialjour, kind: 'socialjour' as const, topics: [] as string[], sortOrder: 2 },
  ];
  for (const { topics: slugs, ...referral } of all) {
    await strapi.documents('api::referral.referral').create({
      data: { ...referral, topics: slugs.flatMap((slug: string) => topicIds.get(slug) ?? []) },
      status: 'published',
    });
  }
}

async function seedQuestion(
  strapi: Core.Strapi,
  demo: DemoQuestion,
  topicIds: Map<string, string>,
  templates: Map<string, { documentId: string; opening: string; closing: string }>,
  writer: Actor,
  reviewer: Actor,
  index: number,
): Promise<void> {
  const question = (await runAs({ kind: 'api' }, () =>
    strapi.documents(QUESTION).create({
      data: {
        title: demo.title,
        body: demo.body,
        submittedText: demo.submittedText ?? demo.body,
        topic: topicIds.get(demo.topic) ?? null,
        stage: 'new',
      },
    }),
  ));
  const documentId = question.documentId;
  let answerId: string | null = null;
  const update = (actor: Actor, data: Record<string, unknown>) =>
    runAs(actor, () => strapi.documents(QUESTION).update({ documentId, data }));

  if (demo.stage === 'rejected') {
    await update(writer, { stage: 'rejected', rejectionReason: demo.rejectionReason ?? 'other' });
  } else if (demo.stage !== 'new') {
    await update(writer, { stage: 'in_progress' });
    if (demo.answer) {
      const template = templates.get(demo.answer.template);
      if (!template) throw new Error(`Demo answer refers to unknown template ${demo.answer.template}`);
      const answer = (await runAs(writer, () =>
        strapi.documents(ANSWER).create({
          data: {
            body: `${template.opening}\n\n${demo.answer!.body.trim()}\n\n${template.closing}`,
            question: documentId,
            template: template.documentId,
          },
        }),
      ));
      answerId = answer.documentId;
    }
    if (demo.stage !== 'in_progress') await update(writer, { stage: 'in_review' });
    if (demo.stage === 'approved' || demo.stage === 'published') await update(reviewer, { stage: 'approved' });
    if (demo.stage === 'published' && answerId) {
      const published = answerId;
      await runAs(reviewer, () => strapi.documents(ANSWER).publish({ documentId: published }));
    }
  }

  // Back-date the question so the demo bank spans months, as a real one does.
  const receivedAt = new Date(Date.now() - demo.receivedDaysAgo * DAY_MS);
  const dueAt = addWorkingDays(receivedAt, serviceConfig.answerPromise.workingDays);
  const answeredAt = new Date(Math.min(Date.now(), receivedAt.getTime() + ANSWER_HOURS[index % ANSWER_HOURS.length] * HOUR_MS));
  await strapi.db.query(QUESTION).updateMany({
    where: { documentId },
    data: { receivedAt, dueAt, createdAt: receivedAt },
  });
  if (demo.stage === 'published') {
    await strapi.db.query(QUESTION).updateMany({
      where: { documentId, publishedAt: { $notNull: true } },
      data: { publishedAt: answeredAt, updatedAt: answeredAt },
    });
    await strapi.db.query(ANSWER).updateMany({
      where: { documentId: answerId, publishedAt: { $notNull: true } },
      data: { publishedAt: answeredAt, updatedAt: answeredAt },
    });
  }
  await backdateRecord(strapi, documentId, receivedAt, demo.stage === 'published' ? answeredAt : null);
}

/**
 * The case record was written just now, as the workflow ran; the statistics read it, so its dates
 * are moved back with the question's: arrival at receipt, the publication when the answer went
 * out, every step between halfway. Only the seed does this, directly in the table, before anyone
 * has seen the record.
 */
async function backdateRecord(strapi: Core.Strapi, caseId: string, receivedAt: Date, answeredAt: Date | null): Promise<void> {
  const events = (await strapi.db.query(CASE_EVENT).findMany({ where: { caseId }, select: ['id', 'kind'] })) as Array<{ id: number; kind: string }>;
  const settled = answeredAt ?? new Date(Math.min(Date.now(), receivedAt.getTime() + 2 * HOUR_MS));
  const between = new Date((receivedAt.getTime() + settled.getTime()) / 2);
  for (const event of events) {
    const at = event.kind === 'received' ? receivedAt : event.kind === 'publication' ? settled : between;
    await strapi.db.query(CASE_EVENT).update({ where: { id: event.id }, data: { at } });
  }
}

export async function seedDemoContent(strapi: Core.Strapi, editors: Array<{ id: number }>): Promise<void> {
  if (await isSeeded(strapi)) return;
  const [first, second] = editors;
  if (!first || !second) throw new Error('Demo content needs the two demo editors');
  const started = Date.now();
  const { topicIds, templates } = await asSystem(async () => {
    const topicIds = await seedTopics(strapi);
    const templates = await seedTemplates(strapi);
    await seedReferrals(strapi, topicIds);
    return { topicIds, templates };
  });
  const writer: Actor = { kind: 'editor', id: first.id };
  const reviewer: Actor = { kind: 'editor', id: second.id };
  for (const [index, demo] of questions.entries()) {
    await seedQuestion(strapi, demo, topicIds, templates, writer, reviewer, index);
  }
  await strapi.store(MARKER).set({ value: { at: new Date().toISOString() } });
  strapi.log.info(
    `Demoinnehåll: ${topics.length} ämnen, ${styleTemplates.length} stilmallar, ${referrals.length + 1} hänvisningar och ${questions.length} frågor (${Date.now() - started} ms).`,
  );
}
