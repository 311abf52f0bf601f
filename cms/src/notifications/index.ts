import { AsyncResource } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { messages } from '../messages';
import { currentActor } from '../workflow/actor';
import { QUESTION, findQuestionDraft } from '../workflow/documents';
import { caseAuthors } from '../workflow/four-eyes';
import { isSwedishWorkingDay } from '../workflow/working-days';
import { deskUrl, sendMail } from './mailer';
import { editors, type Editor } from './preferences';

/**
 * Aviseringar: editors learn, without watching the screen, that a question has come in or that a
 * case waits for their review; and every working morning, how many cases are overdue. Each editor
 * gets them at once or as a digest (preferences.ts). The messages hold counts and a link, nothing
 * else: no citizen's text, no title, no detail of a case.
 */

type Counts = { newQuestions: number; toReview: number };
const DIGEST = { type: 'plugin', name: 'frageladan', key: 'notification-digest' } as const;

async function pending(strapi: Core.Strapi): Promise<Record<string, Counts>> {
  return ((await strapi.store(DIGEST).get()) as Record<string, Counts> | null) ?? {};
}

function summary(counts: Counts): string[] {
  const lines: string[] = [];
  if (counts.newQuestions > 0) lines.push(messages.notifications.newQuestions(counts.newQuestions));
  if (counts.toReview > 0) lines.push(messages.notifications.toReview(counts.toReview));
  return lines;
}

// One notification or digest at a time in this process: the digest counters are read, changed and
// written back without another's write landing in between.
let queue: Promise<unknown> = Promise.resolve();

function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
}

function notify(strapi: Core.Strapi, recipients: Editor[], counts: Counts): Promise<void> {
  return serial(async () => {
    const digest = recipients.filter((editor) => editor.mode === 'digest');
    if (digest.length > 0) {
      const queued = await pending(strapi);
      for (const editor of digest) {
        const current = queued[editor.id] ?? { newQuestions: 0, toReview: 0 };
        queued[editor.id] = { newQuestions: current.newQuestions + counts.newQuestions, toReview: current.toReview + counts.toReview };
      }
      await strapi.store(DIGEST).set({ value: queued });
    }
    const text = [...summary(counts), '', messages.notifications.link(deskUrl())].join('\n');
    for (const editor of recipients) {
      if (editor.mode === 'immediate') await sendMail(strapi, editor.email, messages.notifications.subject, text);
    }
  });
}

/** Sends each editor's collected counts, and forgets them. Run a few times every working day. */
export async function sendDigests(strapi: Core.Strapi, now = new Date()): Promise<number> {
  if (!isSwedishWorkingDay(now)) return 0;
  return serial(() => sendQueued(strapi));
}

async function sendQueued(strapi: Core.Strapi): Promise<number> {
  const queued = await pending(strapi);
  const byId = new Map((await editors(strapi)).map((editor) => [String(editor.id), editor]));
  let sent = 0;
  for (const [id, counts] of Object.entries(queued)) {
    const editor = byId.get(id);
    const lines = summary(counts);
    if (!editor || editor.mode === 'off' || lines.length === 0) continue;
    if (await sendMail(strapi, editor.email, messages.notifications.digestSubject, [...lines, '', messages.notifications.link(deskUrl())].join('\n'))) sent += 1;
  }
  await strapi.store(DIGEST).set({ value: {} });
  return sent;
}

/** Every working morning: how many open cases are past their due date, to every editor who gets mail. */
export async function sendOverdueMorning(strapi: Core.Strapi, now = new Date()): Promise<number> {
  if (!isSwedishWorkingDay(now)) return 0;
  const overdue = await strapi.documents(QUESTION).count({
    status: 'draft',
    filters: { stage: { $in: ['new', 'in_progress', 'in_review', 'approved'] }, dueAt: { $lt: now.toISOString() } },
  });
  if (overdue === 0) return 0;
  let sent = 0;
  for (const editor of await editors(strapi)) {
    if (editor.mode === 'off') continue;
    const text = [messages.notifications.overdue(overdue), '', messages.notifications.link(deskUrl())].join('\n');
    if (await sendMail(strapi, editor.email, messages.notifications.overdueSubject(overdue), text)) sent += 1;
  }
  return sent;
}

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

// Made at load, outside any request: work run in its scope carries no request or transaction context.
const outsideRequest = new AsyncResource('frageladan-notifications');

/** Runs `work` when the write's transaction commits (and never if it rolls back), or now if there is none. */
function afterCommit(strapi: Core.Strapi, work: () => void): void {
  if (!strapi.db.inTransaction()) {
    work();
    return;
  }
  void strapi.db.transaction(async ({ onCommit }) => {
    onCommit(work);
  });
}

/** Watches the document service for the two moments editors are told about. */
export function registerNotifications(strapi: Core.Strapi): void {
  const watch: DocumentMiddleware = async (ctx, next) => {
    if (ctx.uid !== QUESTION || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const actor = currentActor(strapi);
    const params = ctx.params as { documentId?: string };
    const before = ctx.action === 'update' && params.documentId ? (await findQuestionDraft(strapi, params.documentId))?.stage : undefined;
    const result = await next();
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    // Once the save is committed (a reader on another connection sees it), not awaited, and outside
    // the save's request: a citizen's submission or an editor's save never waits for a mail server.
    afterCommit(strapi, () =>
      outsideRequest.runInAsyncScope(() => void (async () => {
        if (ctx.action === 'create' && actor.kind === 'api') {
          await notify(strapi, await editors(strapi), { newQuestions: 1, toReview: 0 });
        } else if (ctx.action === 'update' && documentId && before !== 'in_review') {
          const after = await findQuestionDraft(strapi, documentId);
          if (after?.stage === 'in_review') {
            // Sent to review: to every editor who may approve it, that is, who has not changed it.
            const authors = caseAuthors(after);
            const self = actor.kind === 'editor' ? actor.id : null;
            const reviewers = (await editors(strapi)).filter((editor) => !authors.has(editor.id) && editor.id !== self);
            await notify(strapi, reviewers, { newQuestions: 0, toReview: 1 });
          }
        }
      })().catch((error: Error) => strapi.log.warn(`Aviseringen kunde inte förberedas (${error.message}).`))),
    );
    return result;
  };
  strapi.documents.use(watch);
}
