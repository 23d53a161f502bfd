import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface RateLimit {
  key: string;
  limit: number;
}

/**
 * Sliding-window counters in PostgreSQL, so every replica shares the limits. One statement per
 * request records the attempt under every key and answers whether each key is still within its
 * limit for the last `windowSeconds` (concurrent requests may overshoot by a few: good enough for
 * abuse resistance, and no lock on the hot path).
 */
@Injectable()
export class RateLimiter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(limits: RateLimit[], windowSeconds: number, now: Date): Promise<boolean> {
    if (!limits.length) return true;
    const since = new Date(now.getTime() - windowSeconds * 1000);
    const rows: { n: number; lim: number }[] = await this.dataSource.query(
      `WITH input AS (SELECT * FROM unnest($1::text[], $2::int[]) AS t(key, lim)),
            pruned AS (DELETE FROM rate_limit_hits h USING input i WHERE h.key = i.key AND h.at <= $4),
            added AS (INSERT INTO rate_limit_hits (key, at) SELECT key, $3 FROM input)
       SELECT i.lim, (SELECT count(*) FROM rate_limit_hits h WHERE h.key = i.key AND h.at > $4)::int AS n FROM input i`,
      [limits.map((l) => l.key), limits.map((l) => l.limit), now, since],
    );
    // The statement's own insert is not visible to its count: n is the hits before this one.
    return rows.every((r) => r.n < r.lim);
  }
}
