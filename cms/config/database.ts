import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { cmsSettings } from '../src/settings';
import { repoRoot } from '../src/setup/repo-root';

/** The native connection better-sqlite3 hands to the pool. */
type BetterSqlite3 = { pragma(statement: string): unknown };

type PostgresConnection = Extract<Core.Config.Database['connection'], { client: 'postgres' }>['connection'];

/**
 * SQLite in an ignored data/ folder is the default, so that a first run needs no database server.
 * DATABASE_URL=postgres://… (or DATABASE_CLIENT=postgres with DATABASE_HOST, …) selects PostgreSQL;
 * production refuses SQLite (src/settings.ts).
 */
const config = (): Core.Config.Database => {
  const settings = cmsSettings();
  const acquireConnectionTimeout = settings.databaseConnectionTimeout;

  // Migrations that move data ship with the model change, in TypeScript (cms/database/migrations),
  // and run from the compiled dist/ before Strapi syncs the schema.
  const migrations = { settings: { useTypescriptMigrations: true } };

  if (settings.databaseClient === 'postgres') {
    return {
      ...migrations,
      connection: {
        client: 'postgres',
        connection: settings.databaseUrl
          ? // pg accepts a connection string where Strapi's types only know host, port, …
            ({ connectionString: settings.databaseUrl, schema: settings.databaseSchema } as unknown as PostgresConnection)
          : {
              host: settings.databaseHost,
              port: settings.databasePort,
              database: settings.databaseName,
              user: settings.databaseUsername,
              password: settings.databasePassword,
              ssl: settings.databaseSsl && { rejectUnauthorized: settings.databaseSslRejectUnauthorized },
              schema: settings.databaseSchema,
            },
        pool: { min: settings.databasePoolMin, max: settings.databasePoolMax },
        acquireConnectionTimeout,
      },
    };
  }

  const filename = path.resolve(repoRoot(), settings.databaseFilename);
  fs.mkdirSync(path.dirname(filename), { recursive: true });
  return {
    ...migrations,
    connection: {
      client: 'sqlite',
      connection: { filename },
      useNullAsDefault: true,
      acquireConnectionTimeout,
      pool: {
        // Deleted and overwritten text (a citizen's question after publication, a purged rejection)
        // is zeroed on disk instead of lingering in free pages of the file.
        afterCreate: (connection: unknown, done: (error?: Error, connection?: unknown) => void) => {
          (connection as BetterSqlite3).pragma('secure_delete = ON');
          done(undefined, connection);
        },
      },
    },
  };
};

export default config;
