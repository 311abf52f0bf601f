import type { Core } from '@strapi/strapi';

export default {
  // Daily at 03:15 (server time): rejected submissions past the retention period in config/ are deleted.
  purgeRejected: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const removed = await strapi.service('api::question.question').purgeRejected();
      if (removed.length > 0) {
        strapi.log.info(`Gallring: ${removed.length} avvisade frågor raderades.`);
      }
    },
    options: { rule: '15 3 * * *' },
  },
};
