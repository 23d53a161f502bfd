import { Injectable } from '@nestjs/common';
import { BarrierResolvedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ReportProjector } from '../../application/support/report-projector';

@Injectable()
export class BarrierResolvedConsumer implements EventConsumer {
  readonly events = [BarrierResolvedV1];

  constructor(private readonly projector: ReportProjector) {}

  prepare(events: EventEnvelope<BarrierResolvedV1>[], manager: EntityManager): void {
    this.projector.expect(manager, events.map((e) => e.payload.reportId));
  }

  async handle(event: EventEnvelope<BarrierResolvedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.apply(
      manager,
      p.reportId,
      // The loket rejects what is not admissible and resolves the rest; its status events say the same.
      (fact) => ({ ...fact, status: p.outcome === 'not-admissible' ? 'rejected' : 'resolved', outcome: p.outcome, handlingWorkingDays: p.handlingWorkingDays, overdue: p.overdue }),
      { published: p.published, resolvedAt: event.occurredAt },
    );
  }
}
