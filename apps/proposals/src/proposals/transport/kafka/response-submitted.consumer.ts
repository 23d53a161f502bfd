import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseSubmittedV1, ResponseSubmittedV2 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ProposalRepository } from '../../application/ports/proposal.repository';

/** Counts responses per proposal (and lets a report link only its own proposal's responses). Version 2 adds only the cited regulations, which this count does not need. */
@Injectable()
export class ResponseSubmittedConsumer implements EventConsumer {
  readonly events = [ResponseSubmittedV1, ResponseSubmittedV2];

  constructor(private readonly proposals: ProposalRepository) {}

  async handle(event: EventEnvelope<ResponseSubmittedV1 | ResponseSubmittedV2>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.proposals.countResponse(manager, { responseId: p.responseId, proposalId: p.proposalId, countedAt: p.verifiedAt });
  }
}
