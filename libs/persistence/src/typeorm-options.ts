import type { DataSourceOptions, MixedList } from 'typeorm';

/** How a service's connection pool treats PostgreSQL (see DatabaseEnv for the settings and defaults). */
export interface PostgresPoolSettings {
  DB_POOL_MAX: number;
  DB_CONNECT_TIMEOUT_MS: number;
  DB_STATEMENT_TIMEOUT_MS: number;
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
}

export const DEFAULT_POOL_SETTINGS: PostgresPoolSettings = {
  DB_POOL_MAX: 20,
  DB_CONNECT_TIMEOUT_MS: 5000,
  DB_STATEMENT_TIMEOUT_MS: 30000,
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 60000,
};

export interface ServiceDatabaseOptions {
  url: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  /** Apply pending migrations when the service starts (default true). */
  migrationsRun?: boolean;
  /** Pool size and timeouts; a service passes its validated environment (DatabaseEnv). */
  pool?: PostgresPoolSettings;
}

/**
 * One way every service talks to its own PostgreSQL database: schema only by migrations, never
 * `synchronize`; each migration in its own transaction.
 *
 * Every wait on the database is bounded, so a database that is slow, gone or restarting turns into
 * a clean error (see isDatabaseUnavailable) instead of requests piling up: getting a connection
 * (connect timeout — also how long a request waits for a free one in the pool), one statement
 * (statement timeout, enforced by the server), and a transaction left open by a stuck request
 * (idle-in-transaction timeout: the server ends that session and frees its locks). A statement
 * that must run longer (a migration building a large index) says so itself with
 * `SET LOCAL statement_timeout = 0`.
 *
 * JIT compilation is off for every session. PostgreSQL compiles a query to machine code once its
 * estimated cost passes `jit_above_cost`; set-returning functions (generate_series, jsonb
 * expansion) are estimated at 100–1000 rows each, so the desk's dashboard, with 52 weeks and the
 * timelines' entries, was estimated at 2 million and spent 1.28 s of its 1.35 s compiling for a
 * run of 60 ms (EXPLAIN ANALYZE on 1 525 reports; issue 14). Our queries are short and indexed:
 * compiling them never pays back.
 */
export function serviceDataSourceOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  const pool = options.pool ?? DEFAULT_POOL_SETTINGS;
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: options.migrationsRun ?? true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    extra: {
      max: pool.DB_POOL_MAX,
      connectionTimeoutMillis: pool.DB_CONNECT_TIMEOUT_MS,
      statement_timeout: pool.DB_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: pool.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      application_name: 'permanent-beta',
      options: '-c jit=off',
    },
  };
}
