import { DESK_ACTIONS } from '../../../shared/permissions';

const allowed = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];

/** Admin routes, served at /desk/…, behind the admin's own log-in and the desk's permissions. */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/inbox', handler: 'desk.inbox', config: { policies: allowed(DESK_ACTIONS.read) } },
      { method: 'GET', path: '/counts', handler: 'desk.counts', config: { policies: allowed(DESK_ACTIONS.read) } },
      { method: 'GET', path: '/cases/:id', handler: 'desk.findCase', config: { policies: allowed(DESK_ACTIONS.read) } },
      { method: 'POST', path: '/cases/:id/actions', handler: 'desk.act', config: { policies: allowed(DESK_ACTIONS.read) } },
      { method: 'GET', path: '/widget', handler: 'desk.widget', config: { policies: allowed(DESK_ACTIONS.read) } },
      // The CSV route before the JSON one, so that "statistics.csv" is never read as another path.
      { method: 'GET', path: '/statistics.csv', handler: 'desk.statisticsCsv', config: { policies: allowed(DESK_ACTIONS.read) } },
      { method: 'GET', path: '/statistics', handler: 'desk.statistics', config: { policies: allowed(DESK_ACTIONS.read) } },
      { method: 'GET', path: '/published', handler: 'desk.published', config: { policies: allowed(DESK_ACTIONS.read) } },
    ],
  },
};
