import type { Core } from '@strapi/strapi';
import { setUpFeedback } from './feedback/setup';
import { hardenAdminAccounts } from './security/admin-accounts';
import { seedDemoContent } from './seed/seed';
import { cmsSettings } from './settings';
import { configureAdminViews } from './setup/admin-views';
import { ensureAdmins } from './setup/admins';
import { ensureSiteTokens, removeOtherTokens } from './setup/api-tokens';
import { restrictEditorRoles } from './setup/editor-permissions';
import { lockDownUserRoles } from './setup/public-role';
import { ensureSiteWebhook } from './setup/site-webhook';
import { ensureSubmissionKeyIndex } from './setup/submission-keys';
import { ensureBankOrderIndex } from './setup/bank-order-index';
import { logNodeWarnings } from './setup/node-warnings';
import { registerNotifications } from './notifications';
import { registerWorkflow } from './workflow';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Reading the settings refuses a production start with anything missing, and names it.
    cmsSettings();
    logNodeWarnings(strapi);
    registerWorkflow(strapi);
    registerNotifications(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const settings = cmsSettings();
    await ensureSubmissionKeyIndex(strapi);
    await ensureBankOrderIndex(strapi);
    await setUpFeedback(strapi);
    await hardenAdminAccounts(strapi);
    await lockDownUserRoles(strapi);
    await restrictEditorRoles(strapi);
    await configureAdminViews(strapi);
    const editors = await ensureAdmins(strapi, settings);
    await removeOtherTokens(strapi);
    await ensureSiteTokens(strapi, settings);
    await ensureSiteWebhook(strapi, settings);
    if (settings.demoContentWanted) await seedDemoContent(strapi, editors);
  },
};
