/**
 * `npm run purge`: the daily retention jobs by hand. Deletes rejected submissions (with their
 * case record) and "Vad saknades?" texts older than their retention periods in config/, thins the
 * case record past retention.logMonths (retention.ts says what stays), prints what it removed, then gives the space back to the database
 * (VACUUM) so that deleted text does not linger in its files.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildCmsIfChanged, CMS_DIR } from './lib/cms-build.ts';
import { serviceEnvironment } from './lib/environment.ts';

// Strapi's ESM build does not load under plain Node ESM; its CommonJS build does.
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

const env = serviceEnvironment();
Object.assign(process.env, env, { CRON_ENABLED: 'false', LOG_LEVEL: 'warn', FRAGELADAN_DEMO: 'false' });
buildCmsIfChanged(process.env, { admin: false });

const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
await strapi.load();
try {
  const removed = await strapi.service('api::question.question').purgeRejected();
  if (removed.length === 0) {
    console.log('Gallring: inga avvisade frågor var äldre än lagringstiden. Inget raderades.');
  } else {
    console.log(`Gallring: ${removed.length} avvisade frågor raderades:`);
    for (const q of removed) console.log(`  ${q.documentId}  avvisad ${q.rejectedAt}  skäl: ${q.rejectionReason ?? '–'}`);
  }
  const texts = await strapi.service('api::feedback.feedback').purgeMissingTexts();
  console.log(
    texts === 0
      ? 'Gallring: inga texter om vad som saknades i ett svar var äldre än lagringstiden.'
      : `Gallring: ${texts} texter om vad som saknades i ett svar raderades.`,
  );
  const log = await strapi.service('api::question.question').thinCaseRecord();
  console.log(
    log.removed + log.anonymised === 0
      ? 'Gallring av loggen: inga poster var äldre än lagringstiden.'
      : `Gallring av loggen: ${log.removed} kommentarer och tilldelningar raderades, ${log.anonymised} poster behölls utan vem som gjorde dem.`,
  );
  const database = await strapi.service('api::question.question').reclaimSpace();
  console.log(
    database === 'sqlite'
      ? 'Databasfilen är packad (VACUUM): raderad text finns inte kvar i filen.'
      : 'Frågornas och svarsomdömenas tabeller är omskrivna (VACUUM FULL): raderade rader finns inte kvar i tabellernas filer.',
  );
} finally {
  await strapi.destroy();
}
