import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../src/settings';

const config = (): Core.Config.Admin => {
  const settings = cmsSettings();
  return {
    // Tests and headless scripts run without the built admin panel; the admin API works either way.
    serveAdminPanel: settings.serveAdminPanel,
    auth: {
      secret: settings.adminJwtSecret ?? '',
    },
    apiToken: {
      salt: settings.apiTokenSalt ?? '',
    },
    transfer: {
      token: {
        salt: settings.transferTokenSalt ?? '',
      },
    },
    secrets: {
      encryptionKey: settings.encryptionKey ?? '',
    },
    // The admin runs inside a municipality's network: no survey pop-ups, no upsell, no calls home.
    flags: {
      nps: false,
      promoteEE: false,
      docLinks: settings.docLinks,
    },
  };
};

export default config;
