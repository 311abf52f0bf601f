import type { Core } from '@strapi/strapi';

/**
 * The editors' desk reads the feedback through the admin API, as a logged-in editor, never through
 * the content API: /feedback/counts, /feedback/questions/:documentId and /feedback/least-helpful.
 * An API's own routes are always content-API routes in Strapi, so these are added to the admin
 * API here, at bootstrap, before the server mounts its routers.
 */
const ADMIN_ONLY = { policies: ['admin::isAuthenticatedAdmin'] };

export function registerFeedbackAdminRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/feedback',
    routes: [
      { method: 'GET', path: '/counts', handler: 'api::feedback.feedback.counts', config: ADMIN_ONLY },
      { method: 'GET', path: '/questions/:documentId', handler: 'api::feedback.feedback.question', config: ADMIN_ONLY },
      { method: 'GET', path: '/least-helpful', handler: 'api::feedback.feedback.leastHelpful', config: ADMIN_ONLY },
    ],
  } as never);
}
