import { Injectable } from '@nestjs/common';
import { BarrierStatusChangedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ReportProjector } from '../../application/report-projector';

@Injectable()
export class BarrierStatusChangedConsumer implements EventConsumer {
  readonly events = [BarrierStatusChangedV1];

  constructor(private readonly projector: ReportProjector) {}

  async handle(event: EventEnvelope<BarrierStatusChangedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.apply(manager, p.reportId, (fact) => ({ ...fact, status: p.to }));
  }
}
