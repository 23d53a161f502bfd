import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReporterContactRetention } from '../../application/ports/reporter-contact-retention';
import { TERMINAL_STATUSES } from '../../domain/barrier-report.aggregate';

/** When a report ended: the time of its last transition, the one into its terminal status. */
const endedAt = (alias: string) => `(${alias}.timeline -> -1 ->> 'at')::timestamptz`;

@Injectable()
export class TypeOrmReporterContactRetention extends ReporterContactRetention {
  async eraseEndedContacts(manager: EntityManager, endedBefore: Date, erasedAt: Date, limit: number): Promise<number> {
    const [{ n }] = await manager.query(
      `WITH erasable AS (
         SELECT r.id FROM reporters r
           JOIN barrier_reports b ON b.reporter_id = r.id
           LEFT JOIN barrier_reports o ON o.id = b.original_report_id
          WHERE r.contact_erased_at IS NULL
            AND b.status = ANY($1::text[]) AND ${endedAt('b')} < $2
            AND (o.id IS NULL OR (o.status = ANY($1::text[]) AND ${endedAt('o')} < $2))
            AND NOT EXISTS (
              SELECT 1 FROM reporters r2 JOIN barrier_reports b2 ON b2.reporter_id = r2.id
               WHERE r2.contact_erased_at IS NULL AND lower(r2.email) = lower(r.email)
                 AND NOT (b2.status = ANY($1::text[]) AND ${endedAt('b2')} < $2))
          LIMIT $3
          FOR UPDATE OF r SKIP LOCKED),
       erased AS (
         UPDATE reporters SET name = NULL, email = NULL, phone = NULL, contact_erased_at = $4
           FROM erasable WHERE reporters.id = erasable.id
         RETURNING 1)
       SELECT count(*)::int AS n FROM erased`,
      [TERMINAL_STATUSES, endedBefore, limit, erasedAt],
    );
    return n;
  }
}
