import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { upsertEnvFile } from '@frageladan/config/env-file';
import type { CmsSettings } from '../settings';
import { repoRoot } from './repo-root';

/**
 * The site's two keys to the CMS: one that can only read the public types, one that can only create
 * questions (and count feedback on answers). Both are made on first start and written to the
 * ignored env file the site reads.
 */

const PUBLIC_TYPES = ['api::topic.topic', 'api::question.question', 'api::answer.answer', 'api::referral.referral'];

export const SITE_TOKENS = [
  {
    env: 'CMS_READ_TOKEN',
    name: 'Webbplatsen – läsa publicerat',
    description: 'Webbplatsens bygge läser publicerade frågor, svar, ämnen och hänvisningar, och statistiken i sammandrag. Kan inte skriva.',
    permissions: [...PUBLIC_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]), 'api::question.question.bank', 'api::statistics.statistics.find'],
  },
  {
    env: 'CMS_SUBMIT_TOKEN',
    name: 'Webbplatsen – ta emot frågor',
    description:
      'Webbplatsens formulär lämnar in nya frågor som utkast, visar kvittots status och räknar svaren på ”Hjälpte svaret dig?”. Kan inte läsa eller ändra något annat.',
    permissions: ['api::question.question.create', 'api::question.question.receipt', 'api::feedback.feedback.vote', 'api::feedback.feedback.text'],
  },
] as const;

/** The env file to hand tokens over in; none in production unless one is named. */
export function envFilePath(settings: Pick<CmsSettings, 'envFile' | 'production'>): string | null {
  if (settings.envFile) return settings.envFile;
  if (settings.production) return null;
  return path.join(repoRoot(), '.env');
}

/**
 * Strapi makes a "Full Access" and a "Read Only" token on a fresh database. Full Access can create
 * users, upload files and post questions past the site's proof of work. The only tokens that may
 * exist are the site's two: any other is removed on every start.
 */
export async function removeOtherTokens(strapi: Core.Strapi): Promise<string[]> {
  const ours = new Set<string>(SITE_TOKENS.map((t) => t.name));
  const tokens = (await strapi.db.query('admin::api-token').findMany({ select: ['id', 'name', 'kind'] })) as Array<{
    id: number;
    name: string;
    kind: string | null;
  }>;
  const removed: string[] = [];
  for (const token of tokens) {
    if (ours.has(token.name) && (token.kind ?? 'content-api') === 'content-api') continue;
    const service = strapi.service(token.kind === 'admin' ? 'admin::api-token-admin' : 'admin::api-token-content-api');
    await service.revoke(token.id);
    removed.push(token.name);
  }
  return removed;
}

export async function ensureSiteTokens(
  strapi: Core.Strapi,
  settings: Pick<CmsSettings, 'envFile' | 'production'>,
): Promise<Record<string, string>> {
  const service = strapi.service('admin::api-token-content-api');
  const keys: Record<string, string> = {};
  for (const token of SITE_TOKENS) {
    const existing = (await service.getByName(token.name, { includeDecryptedKey: true })) as
      | { id: number; accessKey?: string; permissions?: string[] }
      | null;
    // A token made by an earlier version keeps its key but gets this version's permissions.
    const wanted = [...token.permissions].sort();
    if (existing && JSON.stringify([...(existing.permissions ?? [])].sort()) !== JSON.stringify(wanted)) {
      await service.update(existing.id, { permissions: wanted });
    }
    if (existing?.accessKey) {
      keys[token.env] = existing.accessKey;
      continue;
    }
    if (existing) {
      keys[token.env] = ((await service.regenerate(existing.id)) as { accessKey: string }).accessKey;
      continue;
    }
    const created = (await service.create({
      name: token.name,
      description: token.description,
      kind: 'content-api',
      type: 'custom',
      lifespan: null,
      permissions: [...token.permissions],
    })) as { accessKey: string };
    keys[token.env] = created.accessKey;
  }
  const file = envFilePath(settings);
  if (file) upsertEnvFile(file, keys);
  return keys;
}
