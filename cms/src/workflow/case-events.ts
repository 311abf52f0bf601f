import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CaseEventKind } from '@frageladan/config/domain/case-events';
import { messages } from '../messages';
import { currentActor, type Actor } from './actor';
import { ANSWER, QUESTION } from './documents';
import { editorNames } from './editor-names';
import { snapshotApproved } from './reviewed-version';

/**
 * The case record: every stage change, assignment, approval, publication, unpublication, deletion
 * and comment, with who, from, to and when. It is written here and nowhere else, from what a
 * write actually changed, so it holds whatever route the write took (the desk, the content
 * manager, the site's token, the seed) and whatever the workflow did on the way.
 *
 * The first case write of a call opens a scope (and a transaction, so the record and the change
 * are stored together or not at all). Every question the call touches, directly or through the
 * workflow's own follow-up writes, is read before its first write; when the call is done, each is
 * read again and the differences are recorded as one entry each, all in the name of the editor
 * (or the site, or the system) who made the call. A publication is one entry, not also a stage
 * change from approved to published.
 *
 * Nobody writes the record through the document service, not even a super admin through the
 * content manager: it is refused below, and the type is hidden from the content manager. Below the
 * document service too, an entry is never changed or deleted (guardCaseRecord): only the server's
 * own retention jobs may, inside thinningTheRecord (retention.ts).
 */

export const CASE_EVENT = 'api::case-event.case-event' as const;

const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

interface CaseState {
  exists: boolean;
  stage: string | null;
  reason: string | null;
  assignee: number | null;
  liveAt: string | null;
}

interface Scope {
  actor: Actor;
  before: Map<string, CaseState>;
}

const scopes = new AsyncLocalStorage<Scope>();

const retention = new AsyncLocalStorage<true>();

/** The first-run demo seed moves its cases' record back in time along with the questions, so that
 * the demo has statistics to show; the only code besides retention that may rewrite entries. */
export function backdatingTheDemo<T>(work: () => Promise<T>): Promise<T> {
  return retention.run(true, work);
}

/** Runs the server's own purge and thinning of the record: the only code that may change or delete entries. */
export function thinningTheRecord<T>(work: () => Promise<T>): Promise<T> {
  return retention.run(true, work);
}

/**
 * Entries are changed or deleted by nobody, whatever the route: the database refuses it for every
 * call below the document service too (a plugin, a script, a console), except inside
 * thinningTheRecord. New entries are written by recordCaseEvents only, so creating stays open.
 */
export function guardCaseRecord(strapi: Core.Strapi): void {
  const refuse = () => {
    if (!retention.getStore()) throw new errors.ForbiddenError(messages.caseRecord.readOnly);
  };
  strapi.db.lifecycles.subscribe({
    models: [CASE_EVENT],
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
}

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

export interface CaseEventInput {
  caseId: string;
  kind: CaseEventKind;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  comment?: string | null;
}

async function readState(strapi: Core.Strapi, documentId: string): Promise<CaseState> {
  const rows = (await strapi.db.query(QUESTION).findMany({
    where: { documentId },
    select: ['stage', 'rejectionReason', 'publishedAt'],
    populate: { assignee: { select: ['id'] } },
  })) as Array<{ stage?: string | null; rejectionReason?: string | null; publishedAt?: string | Date | null; assignee?: { id: number } | null }>;
  const draft = rows.find((row) => !row.publishedAt);
  const live = rows.find((row) => row.publishedAt);
  return {
    exists: rows.length > 0,
    stage: draft?.stage ?? null,
    reason: draft?.rejectionReason ?? null,
    assignee: draft?.assignee ? Number(draft.assignee.id) : null,
    liveAt: live?.publishedAt ? new Date(live.publishedAt).toISOString() : null,
  };
}

function changes(caseId: string, before: CaseState, after: CaseState): CaseEventInput[] {
  if (!before.exists && after.exists) return [{ caseId, kind: 'received', to: after.stage }];
  if (before.exists && !after.exists) return [{ caseId, kind: 'deletion', from: before.stage }];
  if (!after.exists) return [];
  const events: CaseEventInput[] = [];
  if (after.liveAt && after.liveAt !== before.liveAt) {
    events.push({ caseId, kind: 'publication', from: before.stage, to: after.stage });
  } else if (before.liveAt && !after.liveAt) {
    events.push({ caseId, kind: 'unpublication', from: before.stage, to: after.stage });
  } else if (before.stage !== after.stage) {
    events.push({
      caseId,
      kind: after.stage === 'approved' ? 'approval' : 'stage',
      from: before.stage,
      to: after.stage,
      reason: after.stage === 'rejected' ? after.reason : null,
    });
  }
  if (before.assignee !== after.assignee) {
    events.push({
      caseId,
      kind: 'assignment',
      from: before.assignee === null ? null : String(before.assignee),
      to: after.assignee === null ? null : String(after.assignee),
    });
  }
  return events;
}

async function actorFields(strapi: Core.Strapi, actor: Actor): Promise<{ actor: number | null; actorName: string | null }> {
  if (actor.kind !== 'editor') return { actor: null, actorName: null };
  return { actor: actor.id, actorName: (await editorNames(strapi, [actor.id])).get(actor.id) ?? null };
}

/** Stores entries in the record. Only the workflow's own modules call this. */
export async function recordCaseEvents(strapi: Core.Strapi, actor: Actor, events: CaseEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const who = await actorFields(strapi, actor);
  const at = new Date();
  for (const event of events) {
    await strapi.db.query(CASE_EVENT).create({
      data: { from: null, to: null, reason: null, comment: null, ...event, ...who, at },
    });
  }
}

/** The actor of the call that is being recorded: the editor who started it, not the workflow's follow-ups. */
export function recordingActor(strapi: Core.Strapi): Actor {
  return scopes.getStore()?.actor ?? currentActor(strapi);
}

export function caseEventsMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    if (ctx.uid === CASE_EVENT && WRITES.has(ctx.action)) {
      throw new errors.ForbiddenError(messages.caseRecord.readOnly);
    }
    if (!WRITES.has(ctx.action) || (ctx.uid !== QUESTION && ctx.uid !== ANSWER)) return next();
    const documentId = (ctx.params as { documentId?: string }).documentId;

    const open = scopes.getStore();
    if (open) {
      if (ctx.uid === QUESTION && documentId && !open.before.has(documentId)) {
        open.before.set(documentId, await readState(strapi, documentId));
      }
      const result = await next();
      if (ctx.uid === QUESTION && (ctx.action === 'create' || ctx.action === 'clone')) noteCreated(open, result);
      return result;
    }

    const scope: Scope = { actor: currentActor(strapi), before: new Map() };
    return strapi.db.transaction(() =>
      scopes.run(scope, async () => {
        if (ctx.uid === QUESTION && documentId) scope.before.set(documentId, await readState(strapi, documentId));
        const result = await next();
        if (ctx.uid === QUESTION && (ctx.action === 'create' || ctx.action === 'clone')) noteCreated(scope, result);
        for (const [caseId, before] of scope.before) {
          const after = await readState(strapi, caseId);
          const events = changes(caseId, before, after);
          await recordCaseEvents(strapi, scope.actor, events);
          if (events.some((event) => event.kind === 'approval')) await snapshotApproved(strapi, caseId);
        }
        return result;
      }),
    );
  };
}

/** A question created in this call (from the site, an editor, or a copy) has no state before it. */
function noteCreated(scope: Scope, result: unknown): void {
  const created = (result as { documentId?: unknown } | null)?.documentId;
  if (typeof created === 'string' && !scope.before.has(created)) {
    scope.before.set(created, { exists: false, stage: null, reason: null, assignee: null, liveAt: null });
  }
}
