import { Injectable } from '@nestjs/common';
import { ProposalAnsweredV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationProjector } from '../../application/support/consultation-projector';

/** The consultation report: counted for the year it was published, listed in the review. */
@Injectable()
export class ProposalAnsweredConsumer implements EventConsumer {
  readonly events = [ProposalAnsweredV1];

  constructor(private readonly projector: ConsultationProjector) {}

  prepare(events: EventEnvelope<ProposalAnsweredV1>[], manager: EntityManager): void {
    this.projector.expectProposals(manager, events.map((e) => e.payload.proposalId));
  }

  async handle(event: EventEnvelope<ProposalAnsweredV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.proposal(manager, p.proposalId, {
      theme: p.theme,
      status: 'answered',
      answeredAt: p.answeredAt,
      reportTitle: p.title,
      reportResponseCount: p.responseIds.length,
    });
  }
}
