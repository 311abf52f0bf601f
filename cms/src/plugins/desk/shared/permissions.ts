/**
 * The desk's permission actions, shared by its server (routes, registration) and its admin pages.
 * Editors get all of them on every start (cms/src/setup/editor-permissions.ts).
 */
export const DESK_ACTIONS = {
  /** see the inbox, cases and the published questions */
  read: 'plugin::desk.read',
  /** take a case, edit it, send it to review, reject it, comment */
  work: 'plugin::desk.work',
  /** approve, publish, send back, unpublish */
  review: 'plugin::desk.review',
} as const;
