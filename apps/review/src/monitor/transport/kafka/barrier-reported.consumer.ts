import { Injectable } from '@nestjs/common';
import { BarrierReportedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';

/** Projects each reported barrier into `report_facts`. Idempotent by itself too (upsert by id). */
@Injectable()
export class BarrierReportedConsumer implements EventConsumer {
  readonly events = [BarrierReportedV1];

  async handle(event: EventEnvelope<BarrierReportedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await manager.query(
      `INSERT INTO report_facts (report_id, reference, reported_at, year, status, technology, sector, regulation_name, regulation_bwb_id, company_size_class)
       VALUES ($1, $2, $3, $4, 'received', $5, $6, $7, $8, $9)
       ON CONFLICT (report_id) DO NOTHING`,
      [p.reportId, p.reference, p.reportedAt, new Date(p.reportedAt).getUTCFullYear(), p.technology, p.sector, p.regulation.name, p.regulation.bwbId ?? null, p.companySizeClass],
    );
  }
}
