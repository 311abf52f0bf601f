import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from './security/required-secrets';
import { seedDemoContent } from './seed/seed';
import { configureAdminViews } from './setup/admin-views';
import { ensureAdmins } from './setup/admins';
import { ensureSiteTokens } from './setup/api-tokens';
import { lockDownUserRoles } from './setup/public-role';
import { ensureSiteWebhook } from './setup/site-webhook';
import { ensureSubmissionKeyIndex } from './setup/submission-keys';
import { registerWorkflow } from './workflow';

const isProduction = () => process.env.NODE_ENV === 'production';
const wantsDemo = () => !isProduction() && process.env.FRAGELADAN_DEMO !== 'false';
const wantsDemoContent = () => wantsDemo() && process.env.FRAGELADAN_DEMO_CONTENT !== 'false';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets();
    registerWorkflow(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureSubmissionKeyIndex(strapi);
    await lockDownUserRoles(strapi);
    await configureAdminViews(strapi);
    const editors = await ensureAdmins(strapi, wantsDemo());
    await ensureSiteTokens(strapi);
    await ensureSiteWebhook(strapi);
    if (wantsDemoContent()) await seedDemoContent(strapi, editors);
  },
};
