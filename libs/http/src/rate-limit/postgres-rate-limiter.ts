import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RateLimit, RateLimiter, RateLimitVerdict } from './rate-limiter';

/**
 * Sliding-window counters in the service's own PostgreSQL (table `rate_limit_attempts`, see
 * RateLimitTables), so every replica shares the limits. One statement per request records the
 * attempt under every key and counts the attempts still in the window: no lock on the hot path,
 * concurrent requests may overshoot by a few — good enough for abuse resistance. A refused attempt
 * is recorded too, so hammering on keeps the door shut instead of reopening it at a steady rate.
 *
 * Rows carry `expires_at` (the end of their window): the retention job prunes
 * `WHERE expires_at < now()`; the statement below also drops the expired rows of the keys it touches.
 */
@Injectable()
export class PostgresRateLimiter extends RateLimiter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async hit(limits: RateLimit[], windowSeconds: number, now: Date): Promise<RateLimitVerdict> {
    if (!limits.length) return { allowed: true };
    const since = new Date(now.getTime() - windowSeconds * 1000);
    const expires = new Date(now.getTime() + windowSeconds * 1000);
    const rows: { lim: number; n: number; oldest: Date | null }[] = await this.dataSource.query(
      `WITH input AS (SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) AS t(bucket, key_hash, lim)),
            pruned AS (DELETE FROM rate_limit_attempts a USING input i WHERE a.bucket = i.bucket AND a.key_hash = i.key_hash AND a.at <= $5),
            added AS (INSERT INTO rate_limit_attempts (bucket, key_hash, at, expires_at) SELECT bucket, key_hash, $4, $6 FROM input)
       SELECT i.lim,
              (SELECT count(*) FROM (SELECT 1 FROM rate_limit_attempts a WHERE a.bucket = i.bucket AND a.key_hash = i.key_hash AND a.at > $5 LIMIT i.lim) w)::int AS n,
              (SELECT min(a.at) FROM rate_limit_attempts a WHERE a.bucket = i.bucket AND a.key_hash = i.key_hash AND a.at > $5) AS oldest
         FROM input i`,
      [limits.map((l) => l.bucket), limits.map((l) => l.key), limits.map((l) => l.limit), now, since, expires],
    );
    // The statement's own insert is not visible to its counts: n is the attempts before this one,
    // counted up to the limit only (LIMIT lim), so a key hammering on costs each of its requests the
    // limit's worth of index entries, not every attempt it made in the window.
    const exhausted = rows.filter((r) => r.n >= r.lim);
    if (!exhausted.length) return { allowed: true };
    const retryAt = Math.max(...exhausted.map((r) => (r.oldest ? new Date(r.oldest).getTime() : now.getTime()) + windowSeconds * 1000));
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)) };
  }
}
