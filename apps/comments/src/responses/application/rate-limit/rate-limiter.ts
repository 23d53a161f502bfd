import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Sliding-window counter in PostgreSQL, so every replica shares the limit. Records the attempt and
 * answers whether it is within `limit` hits in the last `windowSeconds`.
 */
@Injectable()
export class RateLimiter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(key: string, limit: number, windowSeconds: number, now: Date): Promise<boolean> {
    const since = new Date(now.getTime() - windowSeconds * 1000);
    const [{ n }] = await this.dataSource.query(
      `WITH pruned AS (DELETE FROM rate_limit_hits WHERE key = $1 AND at <= $3),
            added AS (INSERT INTO rate_limit_hits (key, at) VALUES ($1, $2))
       SELECT count(*)::int AS n FROM rate_limit_hits WHERE key = $1 AND at > $3`,
      [key, now, since],
    );
    // The CTE's insert is not visible to the count in the same statement: n hits before this one.
    return n < limit;
  }
}
