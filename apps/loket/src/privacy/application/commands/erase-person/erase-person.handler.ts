import { Injectable } from '@nestjs/common';
import { ErasureCompletedV1, ErasedCounts, EventEnvelope, ErasureRequestedV1 } from '@pb/contracts';
import { OutboxWriter, createEvent } from '@pb/messaging';
import type { Tx } from '@pb/persistence';
import { ReporterErasureStore } from '../../ports/reporter-erasure.store';

/**
 * Erases the person an erasure request names (by the keyed hash of their address) and answers the
 * coordinator with what went, in the transaction of the consumer's inbox row: erased, recorded as
 * handled and answered together, or not at all. A request that finds nobody answers with zeros, so
 * the coordinator knows the loket looked.
 */
@Injectable()
export class ErasePersonHandler {
  constructor(
    private readonly store: ReporterErasureStore,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(request: EventEnvelope<ErasureRequestedV1>, manager: Tx): Promise<ErasedCounts> {
    const { erasureId, subjectHash } = request.payload;
    const erased = await this.store.eraseBySubjectHash(manager, subjectHash);
    await this.outbox.append(manager, [
      createEvent(ErasureCompletedV1, { erasureId, service: 'loket', erased }, { aggregateId: erasureId, aggregateVersion: request.aggregateVersion + 1, actor: { role: 'system', id: 'loket' } }),
    ]);
    return erased;
  }
}
