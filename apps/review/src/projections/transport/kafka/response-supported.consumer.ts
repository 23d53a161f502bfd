import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseSupportedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';

/** The event carries the running total, so the projection keeps the highest seen (order-proof). */
@Injectable()
export class ResponseSupportedConsumer implements EventConsumer {
  readonly events = [ResponseSupportedV1];

  async handle(event: EventEnvelope<ResponseSupportedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await manager.query(`UPDATE response_facts SET support_count = greatest(support_count, $2) WHERE response_id = $1`, [p.responseId, p.supportCount]);
  }
}
