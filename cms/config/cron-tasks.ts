import type { Core } from '@strapi/strapi';
import { sendDigests, sendOverdueMorning } from '../src/notifications';

export default {
  // Working days 08:00, 12:00 and 15:00: each editor's collected notifications as one mail.
  notificationDigest: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await sendDigests(strapi);
    },
    options: { rule: '0 8,12,15 * * 1-5', tz: 'Europe/Stockholm' },
  },
  // Working days 07:30: how many cases are overdue, to every editor who gets mail.
  overdueMorning: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await sendOverdueMorning(strapi);
    },
    options: { rule: '30 7 * * 1-5', tz: 'Europe/Stockholm' },
  },
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
  // Daily at 03:18: the case record past retention.logMonths in config/ loses who acted, its comments
  // and assignments, and keeps what the statistics count (cms/src/workflow/retention.ts).
  thinCaseRecord: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const { removed, anonymised } = await strapi.service('api::question.question').thinCaseRecord();
      if (removed + anonymised > 0) strapi.log.info(`Gallring av loggen: ${removed} poster raderades, ${anonymised} avidentifierades.`);
    },
    options: { rule: '18 3 * * *' },
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
