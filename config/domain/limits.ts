/**
 * The size limits of what citizens and editors write, in characters as a reader counts them
 * (see text.ts). The site's form, the site's server and the CMS all check against these.
 */
export const QUESTION_TEXT = { min: 20, max: 4000 } as const;
export const QUESTION_TITLE = { max: 120 } as const;
export const ANSWER_BODY = { max: 20000 } as const;
export const FEEDBACK_TEXT = { max: 500 } as const;

/** "4 000", as Swedish writes thousands. */
export function swedishNumber(n: number): string {
  return new Intl.NumberFormat('sv-SE').format(n).replace(/\u00a0/g, ' ');
}
/** An editor's internal comment on a case. */
export const COMMENT_TEXT = { max: 2000 } as const;
