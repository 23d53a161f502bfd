import { Injectable } from '@nestjs/common';
import { BarrierMarkedDuplicateV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ReportProjector } from '../../application/support/report-projector';

/**
 * A duplicate joins the original's cluster. The original may live on another partition and not be
 * known yet; the projector then keeps a placeholder that its BarrierReported fills in later.
 */
@Injectable()
export class BarrierMarkedDuplicateConsumer implements EventConsumer {
  readonly events = [BarrierMarkedDuplicateV1];

  constructor(private readonly projector: ReportProjector) {}

  prepare(events: EventEnvelope<BarrierMarkedDuplicateV1>[], manager: EntityManager): void {
    this.projector.expect(manager, events.flatMap((e) => [e.payload.reportId, e.payload.originalReportId]));
  }

  async handle(event: EventEnvelope<BarrierMarkedDuplicateV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    // Lock order by id, so two duplicates of each other's clusters cannot deadlock.
    const ids = [p.reportId, p.originalReportId].sort();
    for (const id of ids) {
      if (id === p.reportId) await this.projector.apply(manager, id, (fact) => ({ ...fact, status: 'duplicate', duplicateOf: p.originalReportId }));
      else await this.projector.apply(manager, id, (fact) => ({ ...fact, duplicateCount: fact.duplicateCount + 1 }));
    }
  }
}
