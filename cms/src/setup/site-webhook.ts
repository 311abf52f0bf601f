import type { Core } from '@strapi/strapi';
import type { CmsSettings } from '../settings';

/**
 * Publishing or unpublishing anything calls the site's rebuild route, with the shared secret from
 * the env file. Kept in step with the environment on every start, so a changed secret or site
 * address takes effect without anyone editing webhooks by hand.
 */

const NAME = 'Webbplatsen – bygg om vid publicering';
const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete'];

interface Webhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

export async function ensureSiteWebhook(
  strapi: Core.Strapi,
  settings: Pick<CmsSettings, 'rebuildSecret' | 'siteUrl' | 'siteInternalUrl'>,
): Promise<void> {
  const secret = settings.rebuildSecret;
  if (!secret) {
    // Production refuses to start without it (settings.ts); outside it, say why publishing stays local.
    strapi.log.warn('REBUILD_SECRET saknas: webbplatsen byggs inte om när något publiceras.');
    return;
  }
  const siteUrl = (settings.siteInternalUrl ?? settings.siteUrl).replace(/\/$/, '');
  const wanted = {
    name: NAME,
    url: `${siteUrl}/api/rebuild`,
    headers: { Authorization: `Bearer ${secret}` },
    events: EVENTS,
    isEnabled: true,
  };
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const existing = ((await store.findWebhooks()) as Webhook[]).find((w) => w.name === NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
    return;
  }
  const same = existing.url === wanted.url && existing.headers?.Authorization === wanted.headers.Authorization && existing.isEnabled;
  if (!same) runner.update(await store.updateWebhook(existing.id, wanted));
}
