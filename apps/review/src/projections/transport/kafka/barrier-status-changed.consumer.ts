import { Injectable } from '@nestjs/common';
import { BarrierStatusChangedV1, BarrierStatusChangedV2, BarrierStatusChangedV3, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ReportProjector } from '../../application/support/report-projector';

/**
 * Every version: the loket sends each transition in the lowest version that can carry it (v2 for
 * `reopened`/`closed`, v3 for `split`), so a consumer of v1 only would miss those transitions — they
 * went to the dead-letter topic, and a closed or split report stayed "open" in the monitor.
 */
@Injectable()
export class BarrierStatusChangedConsumer implements EventConsumer {
  readonly events = [BarrierStatusChangedV1, BarrierStatusChangedV2, BarrierStatusChangedV3];

  constructor(private readonly projector: ReportProjector) {}

  prepare(events: EventEnvelope<BarrierStatusChangedV1 | BarrierStatusChangedV2 | BarrierStatusChangedV3>[], manager: EntityManager): void {
    this.projector.expect(manager, events.map((e) => e.payload.reportId));
  }

  async handle(event: EventEnvelope<BarrierStatusChangedV1 | BarrierStatusChangedV2 | BarrierStatusChangedV3>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.apply(manager, p.reportId, (fact) => ({ ...fact, status: p.to }));
  }
}
