import type { Core } from '@strapi/strapi';
import { DESK_ACTIONS } from '../plugins/desk/shared/permissions';

/**
 * The editors' desk reads the feedback through the admin API, as a logged-in editor, never through
 * the content API: /feedback/counts, /feedback/questions/:documentId and /feedback/least-helpful.
 * An API's own routes are always content-API routes in Strapi, so these are added to the admin
 * API here, at bootstrap, before the server mounts its routers. Like the desk's own routes
 * (/desk/cases/:id/feedback, /desk/feedback/least-helpful), they need the desk's read permission.
 */
const ADMIN_ONLY = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [DESK_ACTIONS.read] } }],
};

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
