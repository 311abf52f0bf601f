import path from 'node:path';
import { withEnvFile } from '@frageladan/config/env-file';
import { integer, isWeakSecret, readSettings, SettingsError, setting, text } from '@frageladan/config/settings-kit';
import { sharedSettings } from '@frageladan/config/shared-settings';

/**
 * Every environment variable the site (its server, its build and its CMS client) reads, once,
 * checked with zod. Production refuses to start, naming each one that is missing.
 *
 * The two API tokens are the one exception to "the environment wins": the CMS writes them into the
 * env file (FRAGELADAN_ENV_FILE) once it is up, possibly after the site started, so they are read
 * from that file on every use when it is named.
 */

const SITE_DIR = path.resolve(import.meta.dirname, '..');

export const SITE_SETTINGS = {
  nodeEnv: sharedSettings.nodeEnv,
  siteUrl: sharedSettings.siteUrl,
  cmsUrl: sharedSettings.cmsUrl,
  rebuildSecret: sharedSettings.rebuildSecret,
  envFile: sharedSettings.envFile,
  logFormat: sharedSettings.logFormat,
  readToken: setting({
    name: 'CMS_READ_TOKEN',
    schema: text(),
    doc: 'webbplatsens läsnyckel till CMS:et (CMS:et skapar den och skriver den i FRAGELADAN_ENV_FILE)',
    secret: true,
    group: 'Webbplatsens nycklar till CMS:et',
  }),
  submitToken: setting({
    name: 'CMS_SUBMIT_TOKEN',
    schema: text(),
    doc: 'webbplatsens nyckel som bara kan lämna in frågor',
    secret: true,
    group: 'Webbplatsens nycklar till CMS:et',
  }),
  rateLimitDatabaseUrl: setting({
    name: 'RATE_LIMIT_DATABASE_URL',
    schema: text(),
    doc: 'PostgreSQL där flera webbplatsservrar delar gränserna per klient; utan den räknar varje server i minnet',
    example: 'postgres://frageladan:lösenord@db.intern:5432/frageladan',
    group: 'Webbplatsen',
  }),
  rateLimitSecret: setting({
    name: 'RATE_LIMIT_SECRET',
    schema: text(),
    doc: 'delad hemlighet för nycklarna i de delade gränserna (krävs med RATE_LIMIT_DATABASE_URL)',
    secret: true,
    group: 'Webbplatsen',
  }),
  port: setting({ name: 'SITE_PORT', schema: integer(4321, 0, 65535), doc: 'porten webbplatsens server lyssnar på', example: '4321', group: 'Webbplatsen' }),
  host: setting({ name: 'SITE_HOST', schema: text('0.0.0.0'), doc: 'adressen webbplatsens server lyssnar på', example: '0.0.0.0', group: 'Webbplatsen' }),
  trustProxy: setting({
    name: 'TRUST_PROXY',
    schema: integer(0, 0, 20),
    doc: 'antal omvända proxyservrar framför webbplatsen (0 utan proxy); klientens adress tas från den närmaste',
    example: '1',
    group: 'Webbplatsen',
  }),
  releasesDir: setting({
    name: 'SITE_RELEASES_DIR',
    schema: text(path.join(SITE_DIR, 'releases')),
    doc: 'mapp för byggda versioner av webbplatsen; måste ligga i site/, där versionernas paket finns',
    example: 'site/releases',
    group: 'Webbplatsen',
  }),
  outboxDir: setting({
    name: 'SITE_OUTBOX_DIR',
    schema: text(path.join(SITE_DIR, 'outbox')),
    doc: 'mapp för frågor som väntar på att CMS:et ska svara',
    example: 'site/outbox',
    group: 'Webbplatsen',
  }),
  rebuildDebounceMs: setting({
    name: 'REBUILD_DEBOUNCE_MS',
    schema: integer(1000, 0),
    doc: 'millisekunder att vänta efter en publicering så att flera blir ett bygge',
    example: '1000',
    group: 'Webbplatsen',
  }),
  cmsTimeoutMs: setting({ name: 'CMS_TIMEOUT_MS', schema: integer(5000, 100), doc: 'millisekunder att vänta på CMS:et när en fråga lämnas in', example: '5000', group: 'Webbplatsen' }),
  powMaxNumber: setting({
    name: 'POW_MAX_NUMBER',
    schema: integer(100_000, 1000),
    doc: 'svårighet för kontrollen att en fråga kommer från en människa (proof of work)',
    example: '100000',
    group: 'Webbplatsen',
  }),
  searchShardSize: setting({
    name: 'SEARCH_SHARD_SIZE',
    schema: integer(2500, 10),
    doc: 'frågor per delindex i sökningen; lägre ger mindre minne när den byggs',
    example: '2500',
    group: 'Bygget',
  }),
  searchWriters: setting({
    name: 'SEARCH_WRITERS',
    schema: integer(0, 0, 2),
    doc: 'hur många delindex Pagefind skriver samtidigt, med omkring 300 MiB vart; 0 väljer efter kunskapsbanken (ett, och två över 25 000 frågor, där hämtningen ändå behöver så mycket minne)',
    example: '0',
    group: 'Bygget',
  }),
  bankFile: setting({
    name: 'SITE_BANK_FILE',
    schema: text(),
    doc: 'kunskapsbanken som byggets första steg redan har hämtat från CMS:et; bygget sätter den själv för Astro, lämna den tom',
    group: 'Bygget',
  }),
  buildHeapMb: setting({
    name: 'SITE_BUILD_MAX_OLD_SPACE_MB',
    schema: integer(0, 0),
    doc: 'största heap för Astros bygge, i MiB; 0 väljer efter kunskapsbanken (512, och 16 till per 1 000 frågor över 16 000)',
    example: '0',
    group: 'Bygget',
  }),
};

export type SiteSettings = ReturnType<typeof siteSettings>;

/** The site's settings as they are now (tokens freshly from the env file). */
export function siteSettings(env: NodeJS.ProcessEnv = process.env) {
  const merged = { ...env };
  const fromFile = withEnvFile({ FRAGELADAN_ENV_FILE: env.FRAGELADAN_ENV_FILE });
  for (const key of ['CMS_READ_TOKEN', 'CMS_SUBMIT_TOKEN'] as const) if (fromFile[key]) merged[key] = fromFile[key];
  const values = readSettings('Webbplatsen', SITE_SETTINGS, merged, env.NODE_ENV === 'production');
  if (values.rateLimitDatabaseUrl && (!values.rateLimitSecret || isWeakSecret(values.rateLimitSecret))) {
    throw new SettingsError('Webbplatsen', [{ name: 'RATE_LIMIT_SECRET', problem: 'saknas eller är för kort (krävs när RATE_LIMIT_DATABASE_URL är satt)' }]);
  }
  return {
    ...values,
    production: values.nodeEnv === 'production',
    jsonLogs: values.logFormat === 'json' || (values.logFormat === 'auto' && values.nodeEnv === 'production'),
    cmsUrl: values.cmsUrl.replace(/\/$/, ''),
    siteOrigin: new URL(values.siteUrl).origin,
  };
}

/**
 * A release's server code imports its packages the way Node finds them, from the folders above it:
 * a releases folder outside site/ does not build, and would not run. The site server and the build
 * refuse it at start, with the reason. (Not in siteSettings: Astro bundles that into the release,
 * where this module's own folder is the release's.)
 */
export function assertReleasesInSite(settings: Pick<SiteSettings, 'releasesDir'>): void {
  const fromSite = path.relative(SITE_DIR, path.resolve(settings.releasesDir));
  if (fromSite === '' || fromSite.startsWith('..') || path.isAbsolute(fromSite)) {
    throw new SettingsError('Webbplatsen', [
      {
        name: 'SITE_RELEASES_DIR',
        problem: `måste vara en mapp i webbplatsens mapp (${SITE_DIR}), eftersom de byggda versionerna hämtar sina paket därifrån; montera hellre en volym på ${path.join(SITE_DIR, 'releases')}`,
      },
    ]);
  }
}
