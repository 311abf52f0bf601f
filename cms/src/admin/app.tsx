import type { StrapiApp } from '@strapi/strapi/admin';

// Editors are Swedish social workers: the admin opens in Swedish unless someone chose otherwise.
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['sv'],
    translations: {
      sv: {
        'Auth.form.welcome.title': 'Välkommen till Frågelådan',
        'Auth.form.welcome.subtitle': 'Logga in för att besvara och granska frågor',
        'app.components.LeftMenu.navbrand.title': 'Frågelådan',
        'app.components.LeftMenu.navbrand.workplace': 'Redaktionen',
      },
    },
  },
  register(_app: StrapiApp) {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'sv');
  },
  bootstrap() {},
};
