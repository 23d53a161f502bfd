import { Injectable } from '@nestjs/common';
import { BarrierEndorsedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { EndorsementProjector } from '../../application/support/endorsement-projector';

/** A company said "this is my barrier too": it counts for its report's theme (monitor and review). */
@Injectable()
export class BarrierEndorsedConsumer implements EventConsumer {
  readonly events = [BarrierEndorsedV1];

  constructor(private readonly projector: EndorsementProjector) {}

  prepare(events: EventEnvelope<BarrierEndorsedV1>[], manager: EntityManager): void {
    this.projector.expect(manager, events.map((e) => e.payload.reportId));
  }

  async handle(event: EventEnvelope<BarrierEndorsedV1>, manager: EntityManager): Promise<void> {
    const { endorsementId, reportId } = event.payload;
    await this.projector.endorsed(manager, { endorsementId, reportId, occurredAt: event.occurredAt });
  }
}
