import serviceConfig from './index.ts';
import { address, oneOf, setting, text } from './settings-kit.ts';

/** Settings both services read: declared once here, listed in each service's settings module. */
export const sharedSettings = {
  nodeEnv: setting({
    name: 'NODE_ENV',
    schema: oneOf(['development', 'production', 'test'] as const, 'development'),
    doc: 'production för drift: kräver PostgreSQL och riktiga hemligheter, skapar inga demoredaktörer',
    example: 'production',
    group: 'Drift',
  }),
  siteUrl: setting({
    name: 'SITE_URL',
    schema: address(serviceConfig.urls.site),
    doc: 'webbplatsens publika adress; CMS:et tillåter CORS bara härifrån och länkar dit',
    example: 'https://fragor.kommun.se',
    requiredInProduction: true,
    group: 'Adresser',
  }),
  cmsUrl: setting({
    name: 'CMS_URL',
    schema: address(serviceConfig.urls.cms),
    doc: 'där webbplatsens server når CMS:et, normalt på kommunens interna nät',
    example: 'http://cms.intern:1337',
    requiredInProduction: true,
    group: 'Adresser',
  }),
  rebuildSecret: setting({
    name: 'REBUILD_SECRET',
    schema: text(),
    doc: 'delad hemlighet: CMS:et anropar webbplatsens /api/rebuild med den när något publiceras',
    requiredInProduction: true,
    secret: true,
    group: 'Hemligheter',
  }),
  logFormat: setting({
    name: 'LOG_FORMAT',
    schema: oneOf(['json', 'text', 'auto'] as const, 'auto'),
    doc: 'json ger en JSON-rad per logghändelse (standard i produktion), text är läsbart i en terminal',
    example: 'json',
    group: 'Drift',
  }),
  logLevel: setting({
    name: 'LOG_LEVEL',
    schema: oneOf(['error', 'warn', 'info', 'http', 'debug'] as const, 'http'),
    doc: 'hur mycket som loggas; http tar med en rad per anrop till CMS:et (metod, sökväg, status, tid)',
    example: 'info',
    group: 'Drift',
  }),
  envFile: setting({
    name: 'FRAGELADAN_ENV_FILE',
    schema: text(),
    doc: 'fil där CMS:et lämnar webbplatsens API-nycklar (npm start använder .env i repots rot)',
    example: '/etc/frageladan/nycklar.env',
    group: 'Drift',
  }),
};
