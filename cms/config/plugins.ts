import type { Core } from '@strapi/strapi';

const config = (): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
      // Nobody signs up on the CMS: citizens never reach it, editors are admin users.
      register: { allowedFields: [] },
    },
  },
  // The editors' desk: inbox, case, review and published questions (src/plugins/desk).
  desk: { enabled: true, resolve: './src/plugins/desk' },
});

export default config;
