/**
 * What the case record holds: one entry per thing that happened to a case, written by the CMS only
 * (cms/src/workflow/case-events.ts), read by the editors' desk (a case's history) and by the
 * statistics. `from` and `to` are stages, except for an assignment, where they are editors' ids.
 * The schema's enum is checked against this list by a test.
 */
export const CASE_EVENT_KINDS = [
  // a question arrived (from the site, or a copy an editor made)
  'received',
  // the stage moved by hand or by the workflow (an edit sends approved content back to review)
  'stage',
  // a second editor approved the case
  'approval',
  'publication',
  'unpublication',
  // who has the case: taken, handed back
  'assignment',
  // an internal note, never public: a comment, the reason a case was sent back, a note on a rejection
  'comment',
  'deletion',
] as const;

export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export function isCaseEventKind(value: unknown): value is CaseEventKind {
  return typeof value === 'string' && (CASE_EVENT_KINDS as readonly string[]).includes(value);
}
