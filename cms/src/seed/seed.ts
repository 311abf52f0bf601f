import type { Core } from '@strapi/strapi';
import serviceConfig from '../service-config';
import { asSystem, runAs, type Actor } from '../workflow/actor';
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
  const answeredAt = new Date(Math.min(dueAt.getTime(), receivedAt.getTime() + DAY_MS));
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
  for (const demo of questions) {
    await seedQuestion(strapi, demo, topicIds, templates, writer, reviewer);
  }
  await strapi.store(MARKER).set({ value: { at: new Date().toISOString() } });
  strapi.log.info(
    `Demoinnehåll: ${topics.length} ämnen, ${styleTemplates.length} stilmallar, ${referrals.length + 1} hänvisningar och ${questions.length} frågor (${Date.now() - started} ms).`,
  );
}
