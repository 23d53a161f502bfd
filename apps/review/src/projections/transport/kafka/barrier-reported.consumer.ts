import { Injectable } from '@nestjs/common';
import { BarrierReportedV1, BarrierReportedV2, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ReportProjector } from '../../application/report-projector';
import { dutchYear } from '../../domain/figure-key';

/** A report came in: it counts from now on for its year, technology, sector and cited regulation. */
@Injectable()
export class BarrierReportedConsumer implements EventConsumer {
  readonly events = [BarrierReportedV1, BarrierReportedV2];

  constructor(private readonly projector: ReportProjector) {}

  async handle(event: EventEnvelope<BarrierReportedV1 | BarrierReportedV2>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.apply(
      manager,
      p.reportId,
      (fact) => ({
        ...fact,
        reportedAt: p.reportedAt,
        year: dutchYear(p.reportedAt),
        status: fact.status ?? 'received',
        technology: p.technology,
        sector: p.sector,
        regulationBwbId: p.regulation.bwbId ?? null,
      }),
      { reference: p.reference, regulationName: p.regulation.name, companySizeClass: p.companySizeClass, publishConsent: p.publishConsent },
    );
  }
}
