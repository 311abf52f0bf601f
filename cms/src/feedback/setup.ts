import type { Core } from '@strapi/strapi';
import { registerFeedbackAdminRoutes } from './admin-routes';
import { ensureFeedbackCountIndex } from './tally';

/** At bootstrap: one count row per question and day, and the desk's admin routes. */
export async function setUpFeedback(strapi: Core.Strapi): Promise<void> {
  await ensureFeedbackCountIndex(strapi);
  registerFeedbackAdminRoutes(strapi);
}
