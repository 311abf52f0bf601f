import { Clock, Discuss } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { DESK_ACTIONS } from '../../shared/permissions';
import sv from './translations/sv.json';

/**
 * Redaktionen in the admin: a menu link first in the menu, the desk's pages under it, and two widgets
 * on the home page: the inbox's tabs, and what needs the editor today. Every text is Swedish,
 * whatever language the admin is set to.
 */
export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'plugins/desk',
      icon: Discuss,
      intlLabel: { id: 'desk.plugin.name', defaultMessage: sv['plugin.name'] },
      Component: () => import('./pages/App'),
      permissions: [{ action: DESK_ACTIONS.read, subject: null }],
      position: 0,
    });
    app.registerPlugin({ id: 'desk', name: sv['plugin.name'] });
    app.widgets.register((widgets) => [
      {
        icon: Discuss,
        title: { id: 'desk.widget.title', defaultMessage: sv['widget.title'] },
        component: async () => (await import('./components/HomeWidget')).HomeWidget,
        pluginId: 'desk',
        id: 'desk-today',
        permissions: [{ action: DESK_ACTIONS.read }],
      },
      {
        icon: Clock,
        title: { id: 'desk.widget.today', defaultMessage: sv['widget.today'] },
        component: async () => (await import('./components/TodayWidget')).TodayWidget,
        pluginId: 'desk',
        id: 'desk-attention',
        permissions: [{ action: DESK_ACTIONS.read }],
      },
      ...widgets,
    ]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    const data = Object.fromEntries(Object.entries(sv).map(([key, value]) => [`desk.${key}`, value]));
    return locales.map((locale) => ({ locale, data }));
  },
};
