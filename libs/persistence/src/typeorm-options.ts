import type { DataSourceOptions, MixedList } from 'typeorm';

export interface ServiceDatabaseOptions {
  url: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  /** Apply pending migrations when the service starts (default true). */
  migrationsRun?: boolean;
}

/**
 * One way every service talks to its own PostgreSQL database: schema only by migrations, never
 * `synchronize`; each migration in its own transaction.
 */
export function serviceDataSourceOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: options.migrationsRun ?? true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    extra: { max: 20, application_name: 'permanent-beta' },
  };
}
