import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseModeratedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationFacts } from '../../application/ports/consultation-facts';

/** Moderation decides whether a response can be shown as notable; it still counts as received. */
@Injectable()
export class ResponseModeratedConsumer implements EventConsumer {
  readonly events = [ResponseModeratedV1];

  constructor(private readonly facts: ConsultationFacts) {}

  async handle(event: EventEnvelope<ResponseModeratedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.facts.setResponseStatus(manager, p.responseId, p.decision === 'publish' ? 'published' : 'rejected');
  }
}
