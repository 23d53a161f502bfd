import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseFlaggedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationFacts } from '../../application/ports/consultation-facts';

@Injectable()
export class ResponseFlaggedConsumer implements EventConsumer {
  readonly events = [ResponseFlaggedV1];

  constructor(private readonly facts: ConsultationFacts) {}

  async handle(event: EventEnvelope<ResponseFlaggedV1>, manager: EntityManager): Promise<void> {
    await this.facts.countFlag(manager, event.payload.responseId);
  }
}
