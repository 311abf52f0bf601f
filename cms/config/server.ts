import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../src/settings';
import cronTasks from './cron-tasks';

const config = (): Core.Config.Server => {
  const settings = cmsSettings();
  return {
    host: settings.host,
    port: settings.port,
    url: settings.publicUrl,
    app: {
      // Outside production the start script generates them; tests set their own.
      keys: settings.appKeys ?? [],
    },
    cron: {
      enabled: settings.cronEnabled,
      tasks: cronTasks,
    },
    // No calls home to look for updates: the CMS runs on a closed municipal network. With JSON logs the
    // boxed start-up banner stays out of the log collector's way.
    logger: {
      updates: { enabled: false },
      startup: { enabled: !settings.jsonLogs },
    },
    webhooks: {
      populateRelations: false,
    },
  };
};

export default config;
