import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../src/settings';

// No 'strapi::poweredBy': the CMS does not advertise what it runs. CORS only from the site's origin:
// browsers never talk to the CMS, the site's server does.
const config = (): Core.Config.Middlewares => {
  const settings = cmsSettings();
  return [
    'strapi::logger',
    'strapi::errors',
    'strapi::security',
    {
      name: 'strapi::cors',
      config: {
        origin: [new URL(settings.siteUrl).origin],
      },
    },
    'strapi::query',
    'strapi::body',
    { name: 'global::admin-login-limit', config: { failures: settings.adminLoginFailures, windowSeconds: 15 * 60 } },
    'strapi::session',
    'strapi::favicon',
    'global::upload-sandbox',
    'strapi::public',
  ];
};

export default config;
