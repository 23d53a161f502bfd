import { Injectable } from '@nestjs/common';
import { BarrierTriagedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ReportProjector } from '../../application/support/report-projector';

/** A report's theme is what the (latest) triage says, in the strategy version it was classified under. */
@Injectable()
export class BarrierTriagedConsumer implements EventConsumer {
  readonly events = [BarrierTriagedV1];

  constructor(private readonly projector: ReportProjector) {}

  prepare(events: EventEnvelope<BarrierTriagedV1>[], manager: EntityManager): void {
    this.projector.expect(manager, events.map((e) => e.payload.reportId), { themeMayChange: true });
  }

  async handle(event: EventEnvelope<BarrierTriagedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.apply(manager, p.reportId, (fact) => ({ ...fact, theme: p.theme, strategyVersion: p.strategyVersion }), {
      priority: p.priority,
      department: p.department,
    });
  }
}
