import { Client } from 'pg';
import { TEST_PG, assertTestDatabase } from '../../libs/testing/src/test-database';

/** Drops and creates empty databases for a run of the platform (each service migrates its own). */
export async function freshDatabases(names: string[]): Promise<void> {
  const admin = new Client({ ...TEST_PG, database: 'postgres' });
  await admin.connect();
  try {
    for (const name of names) {
      assertTestDatabase(name);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await admin.end();
  }
}
