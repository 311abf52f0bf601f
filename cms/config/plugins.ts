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
});

export default config;
