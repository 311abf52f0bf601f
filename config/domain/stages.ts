/**
 * The editorial stage machine of a question (DESIGN.md):
 *
 *   new ──▶ in_progress ──▶ in_review ──▶ approved ──▶ published
 *     └──────────────▶ rejected
 *
 * Pure: no Strapi here, so the rules can be unit tested, imported by the site and the tests, and
 * shown to editors as they are. The schema's enums are checked against these lists by a test.
 */

export const STAGES = ['new', 'in_progress', 'in_review', 'approved', 'published', 'rejected'] as const;
export type Stage = (typeof STAGES)[number];

/** A case is open, waiting for an editor, until it is published or rejected (an edit to a published
 * question opens it again: its draft goes back to review while the published version stays). */
export const OPEN_STAGES = ['new', 'in_progress', 'in_review', 'approved'] as const satisfies readonly Stage[];

export const REJECTION_REASONS = ['debate', 'offensive', 'identifying', 'duplicate', 'emergency', 'other'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Moves an editor may make by setting the stage field. `published` is only reached by publishing. */
const MANUAL_TRANSITIONS: Record<Stage, readonly Stage[]> = {
  new: ['in_progress', 'in_review', 'rejected'],
  in_progress: ['new', 'in_review', 'rejected'],
  in_review: ['in_progress', 'approved', 'rejected'],
  approved: ['in_progress', 'in_review', 'rejected'],
  published: ['in_review', 'in_progress'],
  rejected: ['new', 'in_progress'],
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function isRejectionReason(value: unknown): value is RejectionReason {
  return typeof value === 'string' && (REJECTION_REASONS as readonly string[]).includes(value);
}

export function canMoveManually(from: Stage, to: Stage): boolean {
  return from === to || MANUAL_TRANSITIONS[from].includes(to);
}

/** Publishing needs the question approved; `published` is an unchanged approved pair published again. */
export function canPublish(stage: Stage): boolean {
  return stage === 'approved' || stage === 'published';
}

/** An edit to approved (or published) content must be reviewed again. */
export function stageAfterEdit(stage: Stage): Stage {
  return stage === 'approved' || stage === 'published' ? 'in_review' : stage;
}
