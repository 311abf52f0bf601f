import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { messages } from '../messages';
import type { Actor } from './actor';
import { STYLE_TEMPLATE, type QuestionDraft } from './documents';

/**
 * Four eyes over the whole case. A case (the question's title, body, topic and slug, the answer's
 * text, template and question, and which findings are cleared as not identifying) has a set of
 * authors since its last approval: every editor who changed any of it. Approval needs a logged-in
 * editor outside that set, and only when the answer opens and closes in the service's shared voice.
 * Approval empties the set; the next change starts it again and takes the approval away.
 */

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Cases from before authorship was kept got it from their answer's writer in a migration. */
export function caseAuthors(question: Pick<QuestionDraft, 'authors'>): Set<number> {
  return new Set(question.authors ?? []);
}

export async function followsStyleTemplate(strapi: Core.Strapi, body: string): Promise<boolean> {
  const templates = (await strapi.documents(STYLE_TEMPLATE).findMany({
    fields: ['opening', 'closing'],
    limit: 1000,
  }));
  if (templates.length === 0) return true;
  const text = normalise(body);
  const opens = templates.some((t) => text.startsWith(normalise(t.opening ?? '')));
  const closes = templates.some((t) => text.endsWith(normalise(t.closing ?? '')));
  return opens && closes;
}

/** Refuses an approval that four eyes does not allow; returns the approver's id. */
export async function assertMayApprove(
  strapi: Core.Strapi,
  actor: Actor,
  question: Pick<QuestionDraft, 'answer'>,
  authors: Set<number>,
): Promise<number> {
  const answer = question.answer;
  if (!answer || !answer.body?.trim()) throw new errors.ApplicationError(messages.stage.approveNeedsAnswer);
  if (actor.kind !== 'editor') throw new errors.ForbiddenError(messages.stage.approverMustBeEditor);
  // With nobody on record since the last approval (after an unpublish), the writer of the current
  // text still does not approve it alone.
  if (!answer.writtenBy || (answer.writtenBy.id === actor.id && authors.size === 0)) {
    throw new errors.ApplicationError(messages.stage.ownAnswer);
  }
  if (authors.has(actor.id)) throw new errors.ApplicationError(messages.stage.ownChanges);
  if (!(await followsStyleTemplate(strapi, answer.body))) {
    throw new errors.ApplicationError(messages.stage.needsTemplate);
  }
  return actor.id;
}

/** The approval a publish relies on: present, and by someone who has not changed the case since. */
export function hasValidApproval(question: Pick<QuestionDraft, 'authors' | 'answer'>): boolean {
  const approver = question.answer?.approvedBy?.id;
  return typeof approver === 'number' && !caseAuthors(question).has(approver);
}
