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
  // Daily at 03:20: "Vad saknades?" texts older than retention.feedbackDays in config/ are deleted.
  purgeFeedbackTexts: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const removed = await strapi.service('api::feedback.feedback').purgeMissingTexts();
      if (removed > 0) strapi.log.info(`Gallring: ${removed} texter om vad som saknades i ett svar raderades.`);
    },
    options: { rule: '20 3 * * *' },
  },
};
