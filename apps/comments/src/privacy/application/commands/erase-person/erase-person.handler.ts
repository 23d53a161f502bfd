import { Injectable } from '@nestjs/common';
import { ErasureCompletedV1, ErasedCounts, EventEnvelope, ErasureRequestedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import type { Tx } from '@pb/persistence';
import { RespondentErasureStore } from '../../ports/respondent-erasure.store';

/**
 * Erases the person an erasure request names (by the keyed hash of their address) and answers the
 * coordinator with what went, in the transaction of the consumer's inbox row: erased, recorded as
 * handled and answered together, or not at all. A request that finds nobody answers with zeros, so
 * the coordinator knows the comments service looked.
 */
@Injectable()
export class ErasePersonHandler {
  constructor(
    private readonly store: RespondentErasureStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(request: EventEnvelope<ErasureRequestedV1>, manager: Tx): Promise<ErasedCounts> {
    const { erasureId, subjectHash } = request.payload;
    const erased = await this.store.eraseBySubjectHash(manager, subjectHash, this.clock.now());
    await this.outbox.append(manager, [
      createEvent(ErasureCompletedV1, { erasureId, service: 'comments', erased }, { aggregateId: erasureId, aggregateVersion: request.aggregateVersion + 1, actor: { role: 'system', id: 'comments' } }),
    ]);
    return erased;
  }
}
