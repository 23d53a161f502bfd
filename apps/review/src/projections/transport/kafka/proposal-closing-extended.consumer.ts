import { Injectable } from '@nestjs/common';
import { EventEnvelope, ProposalClosingExtendedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationProjector } from '../../application/support/consultation-projector';

/** A later closing time changes no figure (they follow the opening year); the fact keeps it current. */
@Injectable()
export class ProposalClosingExtendedConsumer implements EventConsumer {
  readonly events = [ProposalClosingExtendedV1];

  constructor(private readonly projector: ConsultationProjector) {}

  prepare(events: EventEnvelope<ProposalClosingExtendedV1>[], manager: EntityManager): void {
    this.projector.expectProposals(manager, events.map((e) => e.payload.proposalId));
  }

  async handle(event: EventEnvelope<ProposalClosingExtendedV1>, manager: EntityManager): Promise<void> {
    await this.projector.proposal(manager, event.payload.proposalId, { theme: event.payload.theme, closesAt: event.payload.closesAt });
  }
}
