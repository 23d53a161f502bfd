import { RetentionEnv } from '@pb/config';
import { MailOutbox1763900000050, MailOutboxRetention1764000000020, mailRetention } from '@pb/mail';
import { MessagingRetentionIndexes1764000000010, MessagingTables1763900000000, messagingRetention } from '@pb/messaging';
import { createTestDatabase, dropTestDatabase } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { LibraryLocks, RetentionPruner, RetentionRegistry, retentionRowsPruned, tableRetention } from '../../src';

/** A table registered later, as the shared limiter's will be: no primary key, an `expires_at`. */
class LimiterLikeTable1764000000999 implements MigrationInterface {
  name = 'LimiterLikeTable1764000000999';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE test_limiter_hits (key text NOT NULL, expires_at timestamptz NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE test_limiter_hits`);
  }
}

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00Z');
const daysAgo = (d: number): Date => new Date(NOW.getTime() - d * DAY);

describe('retention pruner (real PostgreSQL)', () => {
  let db: { name: string; url: string };
  let ds: DataSource;
  let other: DataSource;
  const logLines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _enc, done) {
        logLines.push(JSON.parse(chunk.toString()));
        done();
      },
    }),
  );

  const settings = (overrides: Partial<RetentionEnv> = {}): RetentionEnv => Object.assign(new RetentionEnv(), overrides);

  function pruner(env: RetentionEnv, batchSize = 2, maxBatches = 2): RetentionPruner {
    const registry = new RetentionRegistry();
    registry.register(...messagingRetention(env), ...mailRetention(env));
    // Horizon 0: a row goes as soon as its `expires_at` has passed.
    registry.register(tableRetention({ name: 'test.limiter', table: 'test_limiter_hits', column: 'expires_at', horizonSeconds: 0 }));
    return new RetentionPruner(ds, registry, logger, { intervalSeconds: 60, batchSize, maxBatches }, () => NOW);
  }

  beforeAll(async () => {
    db = await createTestDatabase('retention', [
      MessagingTables1763900000000,
      MailOutbox1763900000050,
      MessagingRetentionIndexes1764000000010,
      MailOutboxRetention1764000000020,
      LimiterLikeTable1764000000999,
    ]);
    ds = await new DataSource({ type: 'postgres', url: db.url, poolSize: 4 }).initialize();
    other = await new DataSource({ type: 'postgres', url: db.url, poolSize: 2 }).initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await other?.destroy();
    if (db) await dropTestDatabase(db.name);
  });

  beforeEach(async () => {
    await ds.query(`TRUNCATE outbox_messages, inbox_messages, mail_outbox, test_limiter_hits`);
    logLines.length = 0;
  });

  async function outbox(label: string, createdAt: Date, sentAt: Date | null): Promise<void> {
    await ds.query(
      `INSERT INTO outbox_messages (event_id, topic, message_key, envelope, created_at, sent_at) VALUES ($1, 't', $2, '{}'::jsonb, $3, $4)`,
      [randomUUID(), label, createdAt, sentAt],
    );
  }
  async function inbox(processedAt: Date): Promise<void> {
    await ds.query(`INSERT INTO inbox_messages (consumer, event_id, event_type, processed_at) VALUES ('g', $1, 'x', $2)`, [randomUUID(), processedAt]);
  }
  async function mail(kind: string, createdAt: Date, sentAt: Date | null): Promise<void> {
    const body = sentAt ? [null, null, null] : ['melder@example.nl', 'Onderwerp', 'Tekst met ?token=abc'];
    await ds.query(`INSERT INTO mail_outbox (id, to_address, subject, text_body, kind, created_at, sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [randomUUID(), ...body, kind, createdAt, sentAt]);
  }
  const keys = async (sql: string): Promise<string[]> => (await ds.query(sql)).map((r: { k: string }) => r.k).sort();

  it('deletes only rows past each horizon, at most batch size × batches per run, and finishes on the next run', async () => {
    for (let i = 0; i < 5; i++) await outbox(`old-sent-${i}`, daysAgo(9), daysAgo(8));
    await outbox('young-sent', daysAgo(6), daysAgo(6));
    await outbox('old-unsent', daysAgo(30), null);
    for (let i = 0; i < 3; i++) await inbox(daysAgo(31));
    await inbox(daysAgo(29));
    await mail('old-sent', daysAgo(31), daysAgo(31));
    await mail('young-sent', daysAgo(29), daysAgo(29));
    await mail('given-up', daysAgo(15), null);
    await mail('still-trying', daysAgo(13), null);
    await ds.query(`INSERT INTO test_limiter_hits (key, expires_at) VALUES ('a', $1), ('b', $2), ('c', $3)`, [daysAgo(1), new Date(NOW.getTime() - 1000), new Date(NOW.getTime() + 1000)]);

    const p = pruner(settings());
    const first = await p.runOnce();
    expect(first).toEqual({ 'messaging.outbox-sent': 4, 'messaging.inbox': 3, 'mail.sent': 1, 'mail.unsent': 1, 'test.limiter': 2 });
    expect(await p.runOnce()).toEqual({ 'messaging.outbox-sent': 1, 'messaging.inbox': 0, 'mail.sent': 0, 'mail.unsent': 0, 'test.limiter': 0 });
    expect(await p.runOnce()).toEqual({ 'messaging.outbox-sent': 0, 'messaging.inbox': 0, 'mail.sent': 0, 'mail.unsent': 0, 'test.limiter': 0 });

    expect(await keys(`SELECT message_key AS k FROM outbox_messages`)).toEqual(['old-unsent', 'young-sent']);
    expect((await ds.query(`SELECT processed_at FROM inbox_messages`)).map((r: { processed_at: Date }) => r.processed_at)).toEqual([daysAgo(29)]);
    expect(await keys(`SELECT kind AS k FROM mail_outbox`)).toEqual(['still-trying', 'young-sent']);
    expect(await keys(`SELECT key AS k FROM test_limiter_hits`)).toEqual(['c']);
  });

  it('logs and counts rows only, per task', async () => {
    await inbox(daysAgo(40));
    await mail('given-up', daysAgo(20), null);
    const before = (await retentionRowsPruned.get()).values.find((v) => v.labels.task === 'mail.unsent')?.value ?? 0;
    await pruner(settings()).runOnce();
    expect(logLines.map(({ task, rows, msg }) => ({ task, rows, msg }))).toEqual([
      { task: 'messaging.inbox', rows: 1, msg: 'retention: rows pruned' },
      { task: 'mail.unsent', rows: 1, msg: 'retention: rows pruned' },
    ]);
    expect(JSON.stringify(logLines)).not.toMatch(/example\.nl|token|Onderwerp/);
    expect((await retentionRowsPruned.get()).values.find((v) => v.labels.task === 'mail.unsent')?.value).toBe(before + 1);
  });

  it('a setting of 0 days keeps the table for ever', async () => {
    await inbox(daysAgo(400));
    await outbox('old-sent', daysAgo(400), daysAgo(400));
    const pruned = await pruner(settings({ RETENTION_INBOX_DAYS: 0 })).runOnce();
    expect(pruned).toMatchObject({ 'messaging.inbox': 0, 'messaging.outbox-sent': 1 });
    expect((await ds.query(`SELECT count(*)::int AS n FROM inbox_messages`))[0].n).toBe(1);
  });

  it('with several replicas one prunes a table at a time, and rows in use elsewhere are skipped, not waited for', async () => {
    for (let i = 0; i < 3; i++) await inbox(daysAgo(31));
    for (let i = 0; i < 3; i++) await outbox(`old-sent-${i}`, daysAgo(9), daysAgo(8));

    const runner = other.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // Another replica is pruning the inbox: it holds the task's lock.
      await runner.query(`SELECT pg_advisory_xact_lock($1, hashtext('messaging.inbox'))`, [LibraryLocks.retentionPruner]);
      // The relay (or anyone) holds one old outbox row.
      await runner.query(`SELECT 1 FROM outbox_messages WHERE message_key = 'old-sent-1' FOR UPDATE`);

      const whileBusy = await pruner(settings(), 10, 5).runOnce();
      expect(whileBusy).toMatchObject({ 'messaging.inbox': 0, 'messaging.outbox-sent': 2 });
      expect(await keys(`SELECT message_key AS k FROM outbox_messages`)).toEqual(['old-sent-1']);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await pruner(settings(), 10, 5).runOnce()).toMatchObject({ 'messaging.inbox': 3, 'messaging.outbox-sent': 1 });
  });

  it('runs on its schedule, and no more once stopped', async () => {
    await inbox(daysAgo(31));
    const registry = new RetentionRegistry();
    registry.register(...messagingRetention(settings()));
    const p = new RetentionPruner(ds, registry, logger, { intervalSeconds: 1, batchSize: 10, maxBatches: 1, firstRunAfterMs: 10 }, () => NOW);
    p.start();
    const until = Date.now() + 5000;
    while ((await ds.query(`SELECT count(*)::int AS n FROM inbox_messages`))[0].n > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect((await ds.query(`SELECT count(*)::int AS n FROM inbox_messages`))[0].n).toBe(0);
    await p.stop();
    await inbox(daysAgo(31));
    await new Promise((r) => setTimeout(r, 1500));
    expect((await ds.query(`SELECT count(*)::int AS n FROM inbox_messages`))[0].n).toBe(1);
  });

  it('refuses a rule that is not a plain table and column, and a task registered twice', () => {
    expect(() => tableRetention({ name: 'x', table: 'users; DROP TABLE users', column: 'at', horizonSeconds: 1 })).toThrow(/plain identifiers/);
    const registry = new RetentionRegistry();
    registry.register(...messagingRetention(settings()));
    expect(() => registry.register(...messagingRetention(settings()))).toThrow(/registered twice/);
  });
});
