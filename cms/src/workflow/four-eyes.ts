import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '../messages';
import type { Actor } from './actor';
import { STYLE_TEMPLATE, type AnswerDraft } from './documents';

/**
 * Four eyes: an answer is approved by a logged-in editor who did not write it, and only when it
 * opens and closes in the service's shared voice (the style templates).
 */

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function followsStyleTemplate(strapi: Core.Strapi, body: string): Promise<boolean> {
  const templates = (await strapi.documents(STYLE_TEMPLATE).findMany({
    fields: ['opening', 'closing'],
    limit: 1000,
  } as never)) as unknown as Array<{ opening: string; closing: string }>;
  if (templates.length === 0) return true;
  const text = normalise(body);
  const opens = templates.some((t) => text.startsWith(normalise(t.opening)));
  const closes = templates.some((t) => text.endsWith(normalise(t.closing)));
  return opens && closes;
}

export async function assertMayApprove(strapi: Core.Strapi, actor: Actor, answer: AnswerDraft | null): Promise<number> {
  if (!answer || !answer.body?.trim()) throw new errors.ApplicationError(messages.stage.approveNeedsAnswer);
  if (actor.kind !== 'editor') throw new errors.ForbiddenError(messages.stage.approverMustBeEditor);
  if (!answer.writtenBy || answer.writtenBy.id === actor.id) {
    throw new errors.ApplicationError(messages.stage.ownAnswer);
  }
  if (!(await followsStyleTemplate(strapi, answer.body))) {
    throw new errors.ApplicationError(messages.stage.needsTemplate);
  }
  return actor.id;
}

/** The approval a publish relies on: present, and by someone other than the writer. */
export function hasValidApproval(answer: AnswerDraft | null): boolean {
  return Boolean(answer?.approvedBy && answer.writtenBy && answer.approvedBy.id !== answer.writtenBy.id);
}
