import type { Core } from '@strapi/strapi';

// No 'strapi::poweredBy': the CMS does not advertise what it runs. CORS only from the site's origin:
// browsers never talk to the CMS, the site's server does.
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      origin: [env('SITE_URL', 'http://localhost:4321')],
    },
  },
  'strapi::query',
  'strapi::body',
  { name: 'global::admin-login-limit', config: { failures: env.int('ADMIN_LOGIN_FAILURES', 10), windowSeconds: 15 * 60 } },
  'strapi::session',
  'strapi::favicon',
  'global::upload-sandbox',
  'strapi::public',
];

export default config;
