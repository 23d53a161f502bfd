import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { TEST_PG } from './test-database';

/** Integration tests need the real servers: say clearly how to start them when they are missing. */
export default async function globalSetup(): Promise<void> {
  // One id per run, inherited by the test workers: every test file's topics carry it (testEnv).
  process.env.PB_TEST_RUN = randomBytes(3).toString('hex');
  const pg = new Client({ ...TEST_PG, database: 'postgres', connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
  } catch (err) {
    throw new Error(`PostgreSQL is not reachable at ${TEST_PG.host}:${TEST_PG.port} (${(err as Error).message}). Start it with: npm run infra:up`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } catch (err) {
    throw new Error(`Kafka is not reachable at ${brokers.join(',')} (${(err as Error).message}). Start it with: npm run infra:up`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
