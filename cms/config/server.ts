import type { Core } from '@strapi/strapi';
import cronTasks from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('CMS_PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS')!,
  },
  cron: {
    enabled: env.bool('CRON_ENABLED', true),
    tasks: cronTasks,
  },
  // No calls home to look for updates: the CMS runs on a closed municipal network.
  logger: {
    updates: { enabled: false },
  },
  webhooks: {
    populateRelations: false,
  },
});

export default config;
