import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EndorserContactRetention } from '../../application/ports/endorser-contact-retention';
import { TERMINAL_STATUSES } from '../../domain/barrier-report.aggregate';

/** When a report ended: the time of its last transition, the one into its terminal status (as for reporters). */
const endedAt = (alias: string) => `(${alias}.timeline -> -1 ->> 'at')::timestamptz`;

@Injectable()
export class TypeOrmEndorserContactRetention extends EndorserContactRetention {
  async eraseEndedContacts(manager: EntityManager, endedBefore: Date, erasedAt: Date, limit: number): Promise<number> {
    // An erased row's withdrawal token hash becomes 'erased:<id>', which no token hashes to (as in the erasure on request).
    const [{ n }] = await manager.query(
      `WITH erasable AS (
         SELECT e.id FROM barrier_endorsements e
           JOIN barrier_reports b ON b.id = e.report_id
          WHERE e.contact_erased_at IS NULL
            AND e.endorsed_at < $2
            AND e.notified_outcome IS NOT DISTINCT FROM b.outcome
            AND b.status = ANY($1::text[]) AND ${endedAt('b')} < $2
          LIMIT $3
          FOR UPDATE OF e SKIP LOCKED),
       erased AS (
         UPDATE barrier_endorsements e SET email = NULL, contact_name = NULL, contact_erased_at = $4, withdraw_token_hash = 'erased:' || e.id
           FROM erasable WHERE e.id = erasable.id
         RETURNING 1)
       SELECT count(*)::int AS n FROM erased`,
      [TERMINAL_STATUSES, endedBefore, limit, erasedAt],
    );
    return n;
  }
}
