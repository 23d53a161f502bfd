import { Injectable } from '@nestjs/common';
import { ProposalOpenedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationProjector } from '../../application/support/consultation-projector';

@Injectable()
export class ProposalOpenedConsumer implements EventConsumer {
  readonly events = [ProposalOpenedV1];

  constructor(private readonly projector: ConsultationProjector) {}

  prepare(events: EventEnvelope<ProposalOpenedV1>[], manager: EntityManager): void {
    this.projector.expectProposals(manager, events.map((e) => e.payload.proposalId));
  }

  async handle(event: EventEnvelope<ProposalOpenedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.proposal(manager, p.proposalId, { theme: p.theme, status: 'open', opensAt: p.opensAt, closesAt: p.closesAt });
  }
}
