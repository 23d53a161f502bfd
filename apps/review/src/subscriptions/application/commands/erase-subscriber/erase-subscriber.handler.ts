import { Injectable } from '@nestjs/common';
import { ErasureCompletedV1, ErasureRequestedV1, EventEnvelope } from '@pb/contracts';
import { OutboxWriter, createEvent } from '@pb/messaging';
import type { Tx } from '@pb/persistence';
import { SubscriptionStore } from '../../ports/subscription.store';

/**
 * An erasure request (AVG art. 17) reaches the subscriptions like any other service: every
 * subscription of the address goes, and the coordinator is told how many — with zeros when there
 * were none, so it knows the review looked. In the transaction of the consumer's inbox row.
 */
@Injectable()
export class EraseSubscriberHandler {
  constructor(
    private readonly store: SubscriptionStore,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(request: EventEnvelope<ErasureRequestedV1>, manager: Tx): Promise<number> {
    const { erasureId, subjectHash } = request.payload;
    const subscriptions = await this.store.deleteByEmailHash(manager, subjectHash);
    await this.outbox.append(manager, [
      createEvent(
        ErasureCompletedV1,
        { erasureId, service: 'review', erased: { subscriptions } },
        { aggregateId: erasureId, aggregateVersion: request.aggregateVersion + 1, actor: { role: 'system', id: 'review' } },
      ),
    ]);
    return subscriptions;
  }
}
