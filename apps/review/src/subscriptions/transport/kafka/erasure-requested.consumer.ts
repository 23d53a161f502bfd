import { Injectable } from '@nestjs/common';
import { ErasureRequestedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { EraseSubscriberHandler } from '../../application/commands/erase-subscriber/erase-subscriber.handler';

/** Subscribers' addresses are personal data of the review: erased when the coordinator asks. */
@Injectable()
export class SubscriptionErasureRequestedConsumer implements EventConsumer {
  readonly events = [ErasureRequestedV1];

  constructor(private readonly erase: EraseSubscriberHandler) {}

  async handle(event: EventEnvelope<ErasureRequestedV1>, manager: EntityManager): Promise<void> {
    await this.erase.execute(event, manager);
  }
}
