import { readSettings, setting, text } from '@frageladan/config/settings-kit';

/** Settings only the operator's scripts read (npm run backup, npm run restore). */
export const OPERATOR_SETTINGS = {
  backupKey: setting({
    name: 'BACKUP_KEY',
    schema: text(),
    doc: 'krypterar säkerhetskopior (npm run backup/restore), minst 16 tecken; förvara den skild från kopiorna',
    secret: true,
    group: 'Säkerhetskopior',
  }),
};

export function operatorSettings(env: NodeJS.ProcessEnv = process.env) {
  return readSettings('Skriptet', OPERATOR_SETTINGS, env, false);
}
