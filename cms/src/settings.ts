import { address, flag, integer, list, oneOf, readSettings, setting, text } from '@frageladan/config/settings-kit';
import { sharedSettings } from '@frageladan/config/shared-settings';

/**
 * Every environment variable the CMS reads, once, checked with zod. Strapi's config files and the
 * CMS's own code read settings from here and nowhere else; production refuses to start, naming
 * each variable, when one it needs is missing, a placeholder, or points at SQLite.
 */

const secret = (name: string, doc: string) =>
  setting({ name, schema: text(), doc, requiredInProduction: true, secret: true, group: 'Hemligheter' });

export const CMS_SETTINGS = {
  nodeEnv: sharedSettings.nodeEnv,
  appKeys: setting({
    name: 'APP_KEYS',
    schema: list(),
    doc: 'Strapis nycklar för sessionskakor, flera kommaseparerade',
    requiredInProduction: true,
    secret: true,
    group: 'Hemligheter',
  }),
  apiTokenSalt: secret('API_TOKEN_SALT', 'salt för API-nycklarnas kontrollsummor'),
  adminJwtSecret: secret('ADMIN_JWT_SECRET', 'signerar redaktörernas inloggningar'),
  jwtSecret: secret('JWT_SECRET', 'signerar användare i users-permissions (används inte, men Strapi kräver den)'),
  transferTokenSalt: secret('TRANSFER_TOKEN_SALT', 'salt för överföringsnycklar (säkerhetskopior)'),
  encryptionKey: secret('ENCRYPTION_KEY', 'krypterar lagrade API-nycklar'),
  rebuildSecret: sharedSettings.rebuildSecret,

  databaseUrl: setting({
    name: 'DATABASE_URL',
    schema: text(),
    doc: 'PostgreSQL-databasen som en adress; utan den (och utan DATABASE_CLIENT=postgres) används SQLite',
    example: 'postgres://frageladan:lösenord@db.intern:5432/frageladan',
    group: 'Databas',
  }),
  databaseClient: setting({
    name: 'DATABASE_CLIENT',
    schema: oneOf(['sqlite', 'postgres'] as const, 'sqlite'),
    doc: 'sqlite (standard, ingen databasserver) eller postgres; DATABASE_URL väljer postgres',
    example: 'postgres',
    group: 'Databas',
  }),
  databaseHost: setting({ name: 'DATABASE_HOST', schema: text('127.0.0.1'), doc: 'PostgreSQL-serverns namn, om DATABASE_URL inte används', example: 'db.intern', group: 'Databas' }),
  databasePort: setting({ name: 'DATABASE_PORT', schema: integer(5432, 1, 65535), doc: 'PostgreSQL-serverns port', example: '5432', group: 'Databas' }),
  databaseName: setting({ name: 'DATABASE_NAME', schema: text('frageladan'), doc: 'databasens namn', example: 'frageladan', group: 'Databas' }),
  databaseUsername: setting({ name: 'DATABASE_USERNAME', schema: text('postgres'), doc: 'databasanvändare', example: 'frageladan', group: 'Databas' }),
  databasePassword: setting({ name: 'DATABASE_PASSWORD', schema: text(''), doc: 'databasanvändarens lösenord', group: 'Databas' }),
  databaseSsl: setting({ name: 'DATABASE_SSL', schema: flag(false), doc: 'TLS till PostgreSQL', example: 'true', group: 'Databas' }),
  databaseSslRejectUnauthorized: setting({
    name: 'DATABASE_SSL_REJECT_UNAUTHORIZED',
    schema: flag(true),
    doc: 'kräv ett giltigt certifikat från PostgreSQL',
    example: 'true',
    group: 'Databas',
  }),
  databaseSchema: setting({ name: 'DATABASE_SCHEMA', schema: text('public'), doc: 'schema i PostgreSQL', example: 'public', group: 'Databas' }),
  databasePoolMin: setting({ name: 'DATABASE_POOL_MIN', schema: integer(0), doc: 'minsta antal databasanslutningar', example: '0', group: 'Databas' }),
  databasePoolMax: setting({ name: 'DATABASE_POOL_MAX', schema: integer(10, 1), doc: 'största antal databasanslutningar', example: '10', group: 'Databas' }),
  databaseConnectionTimeout: setting({
    name: 'DATABASE_CONNECTION_TIMEOUT',
    schema: integer(60000, 1000),
    doc: 'millisekunder att vänta på en ledig databasanslutning',
    example: '60000',
    group: 'Databas',
  }),
  databaseFilename: setting({
    name: 'DATABASE_FILENAME',
    schema: text('data/frageladan.db'),
    doc: 'SQLite-filen, relativt repots rot (bara utanför produktion)',
    example: 'data/frageladan.db',
    group: 'Databas',
  }),

  host: setting({ name: 'HOST', schema: text('0.0.0.0'), doc: 'adressen CMS:et lyssnar på', example: '0.0.0.0', group: 'CMS' }),
  port: setting({ name: 'PORT', schema: integer(1337, 0, 65535), doc: 'porten CMS:et lyssnar på', example: '1337', group: 'CMS' }),
  publicUrl: setting({
    name: 'CMS_PUBLIC_URL',
    schema: text(''),
    doc: 'CMS:ets egen adress bakom en omvänd proxy, om den skiljer sig från HOST:PORT',
    example: 'https://cms.intern.kommun.se',
    group: 'CMS',
  }),
  siteUrl: sharedSettings.siteUrl,
  siteInternalUrl: setting({
    name: 'SITE_INTERNAL_URL',
    schema: address(),
    doc: 'där CMS:et når webbplatsens server för ombyggnad, om det inte är SITE_URL',
    example: 'http://webb.intern:4321',
    group: 'Adresser',
  }),
  envFile: sharedSettings.envFile,
  logFormat: sharedSettings.logFormat,
  logLevel: sharedSettings.logLevel,
  serveAdminPanel: setting({ name: 'SERVE_ADMIN_PANEL', schema: flag(true), doc: 'visa redaktionsverktyget (false i tester och skript)', example: 'true', group: 'CMS' }),
  cronEnabled: setting({ name: 'CRON_ENABLED', schema: flag(true), doc: 'kör den nattliga gallringen', example: 'true', group: 'CMS' }),
  docLinks: setting({ name: 'FLAG_DOC_LINKS', schema: flag(false), doc: 'visa länkar till Strapis dokumentation i adminpanelen', example: 'false', group: 'CMS' }),
  adminLoginFailures: setting({
    name: 'ADMIN_LOGIN_FAILURES',
    schema: integer(10, 1),
    doc: 'misslyckade inloggningar per klient och kvart innan den får vänta',
    example: '10',
    group: 'Redaktörer',
  }),
  smtpHost: setting({
    name: 'SMTP_HOST',
    schema: text(),
    doc: 'e-postserver för aviseringar till redaktörer; utan den skickas ingen e-post',
    example: 'smtp.kommun.se',
    group: 'Aviseringar',
  }),
  smtpPort: setting({ name: 'SMTP_PORT', schema: integer(587, 1, 65535), doc: 'e-postserverns port', example: '587', group: 'Aviseringar' }),
  smtpSecure: setting({ name: 'SMTP_SECURE', schema: flag(false), doc: 'TLS från början (port 465); annars STARTTLS när servern erbjuder det', example: 'false', group: 'Aviseringar' }),
  smtpUser: setting({ name: 'SMTP_USER', schema: text(), doc: 'användarnamn hos e-postservern', example: 'fragelada', group: 'Aviseringar' }),
  smtpPassword: setting({ name: 'SMTP_PASSWORD', schema: text(), doc: 'lösenord hos e-postservern', secret: true, group: 'Aviseringar' }),
  smtpFrom: setting({
    name: 'SMTP_FROM',
    schema: text('Frågelådan <noreply@example.se>'),
    doc: 'avsändare på aviseringarna',
    example: 'Frågelådan <noreply@kommun.se>',
    group: 'Aviseringar',
  }),
  adminEmail: setting({ name: 'ADMIN_EMAIL', schema: text('admin@example.se'), doc: 'första administratörens e-post', example: 'admin@kommun.se', group: 'Redaktörer' }),
  adminPassword: setting({
    name: 'ADMIN_PASSWORD',
    schema: text(),
    doc: 'första administratörens lösenord; utan det skapas ett som skrivs ut en gång',
    group: 'Redaktörer',
  }),
  demoPassword: setting({
    name: 'DEMO_PASSWORD',
    schema: text('Demo-Redaktor-2026'),
    doc: 'demoredaktörernas lösenord (finns aldrig i produktion)',
    example: 'Demo-Redaktor-2026',
    group: 'Demo (aldrig i produktion)',
  }),
  demo: setting({ name: 'FRAGELADAN_DEMO', schema: flag(true), doc: 'skapa demoredaktörer utanför produktion', example: 'true', group: 'Demo (aldrig i produktion)' }),
  demoContent: setting({
    name: 'FRAGELADAN_DEMO_CONTENT',
    schema: flag(true),
    doc: 'fyll en tom databas med demoinnehåll utanför produktion',
    example: 'true',
    group: 'Demo (aldrig i produktion)',
  }),
};

export type CmsSettings = ReturnType<typeof cmsSettings>;

/** The CMS's settings as they are now; production refuses SQLite as well as missing secrets. */
export function cmsSettings(env: NodeJS.ProcessEnv = process.env) {
  const production = env.NODE_ENV === 'production';
  const values = readSettings('CMS:et', CMS_SETTINGS, env, production);
  const client = values.databaseUrl ? 'postgres' : values.databaseClient;
  if (production && client === 'sqlite') {
    throw new Error(
      'CMS:et kan inte starta: DATABASE_URL (eller DATABASE_CLIENT=postgres) saknas. I produktion används PostgreSQL, aldrig SQLite-filen.',
    );
  }
  return {
    ...values,
    production,
    databaseClient: client,
    /** One JSON object per log line in production (for the log collector), readable text otherwise. */
    jsonLogs: values.logFormat === 'json' || (values.logFormat === 'auto' && production),
    /** Demo editors and content exist only outside production, and only when wanted. */
    demoEditors: !production && values.demo,
    demoContentWanted: !production && values.demo && values.demoContent,
  };
}
