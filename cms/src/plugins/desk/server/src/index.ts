import type { Core } from '@strapi/strapi';
import { DESK_ACTIONS } from '../../shared/permissions';
import controllers from './controllers';
import routes from './routes';
import services from './services';

/**
 * Redaktionen: the editors' desk. It reads cases and sends the editor's actions to the document
 * service as the logged-in editor, so the workflow middleware (cms/src/workflow) decides every one
 * of them. The desk holds no rule of its own.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.admin!.services.permission.actionProvider.registerMany([
      { section: 'plugins', displayName: 'Läsa inkorg och ärenden', uid: 'read', pluginName: 'desk' },
      { section: 'plugins', displayName: 'Arbeta med ärenden', uid: 'work', pluginName: 'desk' },
      { section: 'plugins', displayName: 'Granska och publicera', uid: 'review', pluginName: 'desk' },
    ]);
    void DESK_ACTIONS;
  },
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    strapi.plugin('desk').service('similar').watch();
  },
  routes,
  controllers,
  services,
};
