import { Injectable } from '@nestjs/common';
import { ProposalDraftedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationProjector } from '../../application/support/consultation-projector';

/** A draft is not public and counts nowhere yet; the review keeps its theme for later events. */
@Injectable()
export class ProposalDraftedConsumer implements EventConsumer {
  readonly events = [ProposalDraftedV1];

  constructor(private readonly projector: ConsultationProjector) {}

  prepare(events: EventEnvelope<ProposalDraftedV1>[], manager: EntityManager): void {
    this.projector.expectProposals(manager, events.map((e) => e.payload.proposalId));
  }

  async handle(event: EventEnvelope<ProposalDraftedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.proposal(manager, p.proposalId, { title: p.title, theme: p.theme, strategyVersion: p.strategyVersion, status: 'draft' });
  }
}
