import { Injectable } from '@nestjs/common';
import { EventEnvelope, ProposalWithdrawnV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationProjector } from '../../application/support/consultation-projector';

/**
 * A withdrawn proposal keeps counting for the year its consultation opened: it was public and could
 * be answered. (A corrected text, ProposalTextCorrected, changes no figure: the review does not subscribe.)
 */
@Injectable()
export class ProposalWithdrawnConsumer implements EventConsumer {
  readonly events = [ProposalWithdrawnV1];

  constructor(private readonly projector: ConsultationProjector) {}

  prepare(events: EventEnvelope<ProposalWithdrawnV1>[], manager: EntityManager): void {
    this.projector.expectProposals(manager, events.map((e) => e.payload.proposalId));
  }

  async handle(event: EventEnvelope<ProposalWithdrawnV1>, manager: EntityManager): Promise<void> {
    await this.projector.proposal(manager, event.payload.proposalId, { theme: event.payload.theme, status: 'withdrawn' });
  }
}
