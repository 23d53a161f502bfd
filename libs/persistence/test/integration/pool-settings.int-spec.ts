import { createTestDatabase, dropTestDatabase } from '@pb/testing';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable, serviceDataSourceOptions } from '../../src';

describe('the pool settings reach PostgreSQL (real PostgreSQL)', () => {
  let db: { name: string; url: string };
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('persistence', []);
    ds = new DataSource(
      serviceDataSourceOptions({
        url: db.url,
        entities: [],
        migrations: [],
        pool: { DB_POOL_MAX: 2, DB_CONNECT_TIMEOUT_MS: 300, DB_STATEMENT_TIMEOUT_MS: 250, DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 400 },
      }),
    );
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy().catch(() => undefined);
    await dropTestDatabase(db.name);
  });

  it('sets both server-side timeouts on every session', async () => {
    const [{ statement_timeout }] = await ds.query(`SHOW statement_timeout`);
    const [{ idle_in_transaction_session_timeout }] = await ds.query(`SHOW idle_in_transaction_session_timeout`);
    expect(statement_timeout).toBe('250ms');
    expect(idle_in_transaction_session_timeout).toBe('400ms');
  });

  it('turns JIT compilation off on every session (it cost the dashboard 1.3 s for a 60 ms query)', async () => {
    const [{ jit }] = await ds.query(`SHOW jit`);
    expect(jit).toBe('off');
  });

  it('cancels a statement that runs past the statement timeout, as a "database unavailable" error', async () => {
    const err = await ds.query(`SELECT pg_sleep(2)`).then(() => undefined, (e: unknown) => e);
    expect((err as { driverError?: { code?: string } }).driverError?.code ?? (err as { code?: string }).code).toBe('57014');
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it('ends a transaction left idle past the idle-in-transaction timeout', async () => {
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [{ pid }] = await runner.query(`SELECT pg_backend_pid() AS pid`);
      await new Promise((r) => setTimeout(r, 900));
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1`, [pid]);
      expect(n).toBe(0); // the server ended that session, and with it the transaction and its locks
      const err = await runner.query(`SELECT 1`).then(() => undefined, (e: unknown) => e);
      expect(isDatabaseUnavailable(err)).toBe(true);
    } finally {
      await runner.release().catch(() => undefined);
    }
  });

  it('waits at most the connect timeout for a connection from a full pool', async () => {
    const holders = [ds.createQueryRunner(), ds.createQueryRunner()];
    for (const h of holders) await h.connect();
    try {
      const started = Date.now();
      const err = await ds.query(`SELECT 1`).then(() => undefined, (e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(isDatabaseUnavailable(err)).toBe(true);
    } finally {
      for (const h of holders) await h.release();
    }
  });
});
