import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, MixedList } from 'typeorm';

export const TEST_PG = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5433),
  user: process.env.PGUSER ?? 'postgres',
  password: process.env.PGPASSWORD ?? 'postgres',
};

export const pgUrl = (database: string): string =>
  `postgres://${encodeURIComponent(TEST_PG.user)}:${encodeURIComponent(TEST_PG.password)}@${TEST_PG.host}:${TEST_PG.port}/${database}`;

/** Refuses to touch any database whose name does not say it is a test database. */
export function assertTestDatabase(name: string): void {
  if (!/test/.test(name)) throw new Error(`Refusing to use database "${name}": test databases must have "test" in their name`);
}

async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ ...TEST_PG, database: 'postgres' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, cloned from a template migrated once per set of migrations
 * (`CREATE DATABASE … TEMPLATE …`): a clone takes milliseconds where migrating takes seconds.
 */
export async function createTestDatabase(service: string, migrations: MixedList<Function>): Promise<{ name: string; url: string }> {
  const list = Array.isArray(migrations) ? migrations : Object.values(migrations);
  // Names and source text: a migration edited while it is being written gets a fresh template
  // instead of a stale one that a rename alone would have invalidated.
  const hash = createHash('sha1').update(list.map((m) => `${(m as Function).name}:${(m as Function).toString()}`).join(',')).digest('hex').slice(0, 10);
  const template = `pb_test_tpl_${service}_${hash}`;
  const name = `pb_test_${service}_${randomBytes(5).toString('hex')}`;
  assertTestDatabase(template);
  assertTestDatabase(name);
  await withAdmin(async (admin) => {
    // One jest worker migrates the template; the others wait on the same advisory lock.
    await admin.query('SELECT pg_advisory_lock(4242)');
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (!rowCount) {
        await admin.query(`CREATE DATABASE "${template}"`);
        const ds = new DataSource({ type: 'postgres', url: pgUrl(template), migrations: list as Function[], migrationsTransactionMode: 'each' });
        await ds.initialize();
        await ds.runMigrations();
        await ds.destroy();
      }
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(4242)');
    }
  });
  return { name, url: pgUrl(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  assertTestDatabase(name);
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
