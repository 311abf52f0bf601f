import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '../messages';
import type { Actor } from './actor';
import { QUESTION } from './documents';
import { editorNames } from './editor-names';
import { toOneTarget } from './relations';

/**
 * Who has a case. An editor takes a free case for themself, and only the editor who has it hands it
 * back; a second editor who tries to take it is told who has it. Taking a new case starts the work
 * on it. Two editors who take the same case at the same moment are decided by a row lock: the
 * second waits for the first and then sees the case taken.
 */

const ADMIN_USER = 'admin::user';

async function lockedAssignee(strapi: Core.Strapi, documentId: string): Promise<number | null> {
  return strapi.db.transaction(async ({ trx }) => {
    const meta = strapi.db.metadata.get(QUESTION);
    const client = strapi.db.dialect.client;
    if (client === 'postgres' || client === 'mysql') {
      await trx(meta.tableName).where({ document_id: documentId }).forUpdate().select('id');
    }
    const row = (await strapi.db.query(QUESTION).findOne({
      where: { documentId, publishedAt: null },
      select: ['id'],
      populate: { assignee: { select: ['id'] } },
    })) as { assignee?: { id: number } | null } | null;
    return row?.assignee ? Number(row.assignee.id) : null;
  });
}

/** The id of the admin user that a relation write points at (toOneTarget answers with documentIds). */
async function userId(strapi: Core.Strapi, documentId: string): Promise<number> {
  const row = (await strapi.db.query(ADMIN_USER).findOne({ where: { documentId }, select: ['id'] })) as { id: number } | null;
  return row ? Number(row.id) : -1;
}

/**
 * Checks a write to a question's `assignee` and, when a new case is taken, moves it to work.
 * Runs inside the write's transaction (case-events.ts opens one around every case write).
 */
export async function checkAssignment(
  strapi: Core.Strapi,
  actor: Actor,
  params: { documentId?: string; data?: Record<string, unknown> },
): Promise<void> {
  const data = params.data;
  if (!data || !('assignee' in data) || !params.documentId) return;
  const target = await toOneTarget(strapi, ADMIN_USER, data.assignee);
  if (target === undefined) {
    delete data.assignee;
    return;
  }
  const current = await lockedAssignee(strapi, params.documentId);
  const to = target === null ? null : await userId(strapi, target);
  if (to === current) {
    delete data.assignee;
    return;
  }
  if (actor.kind !== 'editor') throw new errors.ForbiddenError(messages.assignment.editorsOnly);
  if (to !== null && to !== actor.id) throw new errors.ApplicationError(messages.assignment.onlyYourself);
  if (current !== null && current !== actor.id) {
    const names = await editorNames(strapi, [current]);
    const name = names.get(current) ?? messages.assignment.someoneElse;
    throw new errors.ApplicationError(
      to === null ? messages.assignment.notYours(name) : messages.assignment.takenBy(name),
      { assignee: { id: current, name } },
    );
  }
  data.assignee = to;
  if (to !== null && data.stage === undefined) {
    const row = (await strapi.db.query(QUESTION).findOne({ where: { documentId: params.documentId, publishedAt: null }, select: ['stage'] })) as {
      stage?: string;
    } | null;
    if (row?.stage === 'new') data.stage = 'in_progress';
  }
}
