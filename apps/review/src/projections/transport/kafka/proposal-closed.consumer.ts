import { Injectable } from '@nestjs/common';
import { ProposalClosedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationProjector } from '../../application/support/consultation-projector';

@Injectable()
export class ProposalClosedConsumer implements EventConsumer {
  readonly events = [ProposalClosedV1];

  constructor(private readonly projector: ConsultationProjector) {}

  prepare(events: EventEnvelope<ProposalClosedV1>[], manager: EntityManager): void {
    this.projector.expectProposals(manager, events.map((e) => e.payload.proposalId));
  }

  async handle(event: EventEnvelope<ProposalClosedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.proposal(manager, p.proposalId, { theme: p.theme, status: 'closed', closesAt: p.closesAt });
  }
}
