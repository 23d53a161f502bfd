import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseSubmittedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';

/** Counts responses per proposal (and lets a report link only its own proposal's responses). */
@Injectable()
export class ResponseSubmittedConsumer implements EventConsumer {
  readonly events = [ResponseSubmittedV1];

  async handle(event: EventEnvelope<ResponseSubmittedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await manager.query(`INSERT INTO proposal_responses (response_id, proposal_id, counted_at) VALUES ($1, $2, $3) ON CONFLICT (response_id) DO NOTHING`, [
      p.responseId,
      p.proposalId,
      p.verifiedAt,
    ]);
  }
}
