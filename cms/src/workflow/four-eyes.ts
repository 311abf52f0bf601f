import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { followsTemplates } from '@frageladan/config/domain/style-template';
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


/** What four eyes reads of a case: who changed it since its approval, and who wrote its answer. */
type Authorship = { authors: number[] | null; answer: { writtenBy: { id: number } | null } | null };

/** Cases from before authorship was kept got it from their answer's writer in a migration. */
export function caseAuthors(question: Pick<Authorship, 'authors'>): Set<number> {
  return new Set(question.authors ?? []);
}

export async function followsStyleTemplate(strapi: Core.Strapi, body: string): Promise<boolean> {
  const templates = (await strapi.documents(STYLE_TEMPLATE).findMany({
    fields: ['opening', 'closing'],
    limit: 1000,
  }));
  return followsTemplates(body, templates);
}

/**
 * Why this editor may not approve the case, if four eyes says so: the editors' desk asks this too,
 * so that approval is never offered to someone the server would refuse.
 */
export function approvalBlocker(
  question: Pick<Authorship, 'answer'>,
  authors: Set<number>,
  editorId: number,
): 'ownAnswer' | 'ownChanges' | null {
  const writer = question.answer?.writtenBy?.id;
  // With nobody on record since the last approval (after an unpublish), the writer of the current
  // text still does not approve it alone.
  if (question.answer && (writer === undefined || (writer === editorId && authors.size === 0))) return 'ownAnswer';
  if (authors.has(editorId)) return 'ownChanges';
  return null;
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
  const blocker = approvalBlocker(question, authors, actor.id);
  if (blocker) throw new errors.ApplicationError(messages.stage[blocker]);
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
