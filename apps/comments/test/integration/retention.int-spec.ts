import { RetentionPruner, RetentionRegistry } from '@pb/persistence';
import { createTestDatabase, dropTestDatabase, testEnv } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';
import { idempotencyRetention, rateLimitRetention } from '@pb/http';
import { responsesRetention } from '../../src/responses/infrastructure/persistence/responses-retention';

const NOW = new Date('2026-06-01T12:00:00Z');
const ago = (seconds: number): Date => new Date(NOW.getTime() - seconds * 1000);

describe("comments' retention tasks (real PostgreSQL)", () => {
  let db: { name: string; url: string };
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('comments', commentsMigrations);
    ds = await new DataSource({ type: 'postgres', url: db.url, poolSize: 2 }).initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    if (db) await dropTestDatabase(db.name);
  });

  it('deletes rate-limit attempts past their window, expired idempotency keys and verifications a set time past their expiry, nothing else', async () => {
    const env = testEnv(CommentsEnv, { RATE_LIMIT_WINDOW_SECONDS: 600, RETENTION_VERIFICATIONS_DAYS: 7 });
    await ds.query(`INSERT INTO rate_limit_attempts (bucket, key_hash, at, expires_at) VALUES ('b', 'old', $1, $2), ('b', 'edge', $3, $4), ('b', 'live', $5, $6)`, [ago(4200), ago(3600), ago(1201), ago(1), ago(599), ago(-1)]);
    const verification = (hash: string, expiresAt: Date, usedAt: Date | null) =>
      ds.query(`INSERT INTO verifications (token_hash, kind, subject_id, email_normalised, expires_at, used_at) VALUES ($1, 'response', $2, 'iemand@example.nl', $3, $4)`, [
        hash,
        randomUUID(),
        expiresAt,
        usedAt,
      ]);
    await verification('expired-long-ago', ago(8 * 86_400), null);
    await verification('used-long-ago', ago(9 * 86_400), ago(11 * 86_400));
    await verification('expired-yesterday', ago(86_400), null);
    await verification('valid', ago(-86_400), null);

    const registry = new RetentionRegistry();
    registry.register(...responsesRetention(env), ...rateLimitRetention(), ...idempotencyRetention());
    const pruned = await new RetentionPruner(ds, registry, pino({ level: 'silent' }), { intervalSeconds: 60, batchSize: 100, maxBatches: 1 }, () => NOW).runOnce();

    expect(pruned).toEqual({ 'http.rate-limit-attempts': 2, 'http.idempotency-keys': 0, 'comments.verifications': 2 });
    expect((await ds.query(`SELECT key_hash FROM rate_limit_attempts`)).map((r: { key_hash: string }) => r.key_hash)).toEqual(['live']);
    expect((await ds.query(`SELECT token_hash FROM verifications ORDER BY token_hash`)).map((r: { token_hash: string }) => r.token_hash)).toEqual(['expired-yesterday', 'valid']);
  });
});
