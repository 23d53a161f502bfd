import { Injectable } from '@nestjs/common';
import { BarrierEndorsementWithdrawnV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { EndorsementProjector } from '../../application/support/endorsement-projector';

/** A company took its "this is my barrier too" back: it no longer counts. */
@Injectable()
export class BarrierEndorsementWithdrawnConsumer implements EventConsumer {
  readonly events = [BarrierEndorsementWithdrawnV1];

  constructor(private readonly projector: EndorsementProjector) {}

  prepare(events: EventEnvelope<BarrierEndorsementWithdrawnV1>[], manager: EntityManager): void {
    this.projector.expect(manager, events.map((e) => e.payload.reportId));
  }

  async handle(event: EventEnvelope<BarrierEndorsementWithdrawnV1>, manager: EntityManager): Promise<void> {
    const { endorsementId, reportId } = event.payload;
    await this.projector.withdrawn(manager, { endorsementId, reportId });
  }
}
