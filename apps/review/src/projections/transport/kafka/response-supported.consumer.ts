import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseSupportedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationFacts } from '../../application/ports/consultation-facts';

/** The event carries the running total, so the projection keeps the highest seen (order-proof). */
@Injectable()
export class ResponseSupportedConsumer implements EventConsumer {
  readonly events = [ResponseSupportedV1];

  constructor(private readonly facts: ConsultationFacts) {}

  async handle(event: EventEnvelope<ResponseSupportedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.facts.raiseSupport(manager, p.responseId, p.supportCount);
  }
}
