import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseModeratedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';

/** Moderation decides whether a response can be shown as notable; it still counts as received. */
@Injectable()
export class ResponseModeratedConsumer implements EventConsumer {
  readonly events = [ResponseModeratedV1];

  async handle(event: EventEnvelope<ResponseModeratedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await manager.query(`UPDATE response_facts SET status = $2 WHERE response_id = $1`, [p.responseId, p.decision === 'publish' ? 'published' : 'rejected']);
  }
}
