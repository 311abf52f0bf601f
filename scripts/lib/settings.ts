import { integer, positiveIntegers, readSettings, setting, text } from '@frageladan/config/settings-kit';

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

export const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * What the benches run on and how long. Read here, before any helper is imported and reads its
 * own variables, and passed to the helpers explicitly: DATABASE_URL is not consulted, so that the
 * figures do not depend on what a shell happened to export.
 */
export const BENCH_SETTINGS = {
  databaseUrl: setting({
    name: 'BENCH_DATABASE_URL',
    schema: text(LOCAL_POSTGRES),
    doc: 'PostgreSQL-servern där npm run bench:submit och bench:stats skapar en tillfällig databas; svarar den inte avbryter bänken (aldrig SQLite)',
    example: LOCAL_POSTGRES,
    group: 'Bänkar',
  }),
  repeats: setting({
    name: 'BENCH_REPEATS',
    schema: integer(3, 1),
    doc: 'hur många gånger bänkarna mäter varje siffra; färre än 3 duger inte som underlag för README',
    example: '3',
    group: 'Bänkar',
  }),
  duration: setting({
    name: 'BENCH_DURATION',
    schema: integer(20, 1),
    doc: 'sekunder per takt och upprepning i npm run bench:submit',
    example: '20',
    group: 'Bänkar',
  }),
  rates: setting({
    name: 'BENCH_RATES',
    schema: positiveIntegers([20, 40, 80, 160]),
    doc: 'takterna (frågor per sekund) som npm run bench:submit prövar i tur och ordning',
    example: '20,40,80,160',
    group: 'Bänkar',
  }),
  questions: setting({
    name: 'BENCH_QUESTIONS',
    schema: integer(10_000, 100),
    doc: 'publicerade frågor med svar i kunskapsbanken under npm run bench:build (50000 för en nationell bank)',
    example: '10000',
    group: 'Bänkar',
  }),
  curve: setting({
    name: 'BENCH_CURVE',
    schema: integer(0, 0, 1),
    doc: '1: npm run bench:build mäter också minneskurvan (hel ombyggnad vid 2 000, 10 000 och 50 000 frågor, upp till BENCH_QUESTIONS)',
    example: '0',
    group: 'Bänkar',
  }),
  openCases: setting({
    name: 'BENCH_OPEN_CASES',
    schema: integer(500, 1),
    doc: 'öppna ärenden i redaktionens inkorg under npm run bench:build',
    example: '500',
    group: 'Bänkar',
  }),
};

export function benchSettings(env: NodeJS.ProcessEnv = process.env) {
  return readSettings('Bänken', BENCH_SETTINGS, env, false);
}
