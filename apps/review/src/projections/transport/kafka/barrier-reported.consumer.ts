import { Injectable } from '@nestjs/common';
import { BarrierReportedV1, BarrierReportedV2, BarrierReportedV3, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import { identifyRegulation } from '@pb/regulations';
import type { EntityManager } from 'typeorm';
import { ReportProjector } from '../../application/support/report-projector';
import { dutchYear } from '../../../shared/domain/figure-key';

/**
 * A report came in: it counts from now on for its year, technology, sector and cited regulation.
 * Version 3 cites the regulation by BWB id (none: not identified); versions 1 and 2 carried the
 * typed name, which the regulation index identifies here as the loket now does at intake — and
 * which is not kept (issue 9: no typed text outside the loket).
 */
@Injectable()
export class BarrierReportedConsumer implements EventConsumer {
  readonly events = [BarrierReportedV1, BarrierReportedV2, BarrierReportedV3];

  constructor(private readonly projector: ReportProjector) {}

  prepare(events: EventEnvelope<BarrierReportedV1 | BarrierReportedV2 | BarrierReportedV3>[], manager: EntityManager): void {
    this.projector.expect(manager, events.map((e) => e.payload.reportId));
  }

  async handle(event: EventEnvelope<BarrierReportedV1 | BarrierReportedV2 | BarrierReportedV3>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    const { bwbId, article } = 'name' in p.regulation ? identifyRegulation(p.regulation) : p.regulation;
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
        regulationBwbId: bwbId ?? null,
      }),
      { reference: p.reference, companySizeClass: p.companySizeClass, publishConsent: p.publishConsent, answerBy: p.answerBy, regulationArticle: article?.trim() || undefined },
    );
  }
}
