import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseFlaggedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';

@Injectable()
export class ResponseFlaggedConsumer implements EventConsumer {
  readonly events = [ResponseFlaggedV1];

  async handle(event: EventEnvelope<ResponseFlaggedV1>, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE response_facts SET flags = flags + 1 WHERE response_id = $1`, [event.payload.responseId]);
  }
}
