import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { repoRoot } from '../src/setup/repo-root';

/** The native connection better-sqlite3 hands to the pool. */
type BetterSqlite3 = { pragma(statement: string): unknown };

type PostgresConnection = Extract<Core.Config.Database['connection'], { client: 'postgres' }>['connection'];

/**
 * SQLite in an ignored data/ folder is the default, so that a first run needs no database server.
 * DATABASE_URL=postgres://… (or DATABASE_CLIENT=postgres with DATABASE_HOST, …) selects PostgreSQL.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const url = env('DATABASE_URL', '');
  const client = env('DATABASE_CLIENT', url ? 'postgres' : 'sqlite');
  const acquireConnectionTimeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: url
          ? // pg accepts a connection string where Strapi's types only know host, port, …
            ({ connectionString: url, schema: env('DATABASE_SCHEMA', 'public') } as unknown as PostgresConnection)
          : {
              host: env('DATABASE_HOST', '127.0.0.1'),
              port: env.int('DATABASE_PORT', 5432),
              database: env('DATABASE_NAME', 'frageladan'),
              user: env('DATABASE_USERNAME', 'postgres'),
              password: env('DATABASE_PASSWORD', ''),
              ssl: env.bool('DATABASE_SSL', false) && {
                rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
              },
              schema: env('DATABASE_SCHEMA', 'public'),
            },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout,
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT=${client} stöds inte. Använd "sqlite" eller "postgres".`);
  }

  const filename = path.resolve(repoRoot(), env('DATABASE_FILENAME', 'data/frageladan.db'));
  fs.mkdirSync(path.dirname(filename), { recursive: true });
  return {
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
