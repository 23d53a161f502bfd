import { Injectable } from '@nestjs/common';
import { EventEnvelope, ProposalDraftEditedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationProjector } from '../../application/support/consultation-projector';

/** An edited draft still counts nowhere; the review keeps its (new) theme and window for later events. */
@Injectable()
export class ProposalDraftEditedConsumer implements EventConsumer {
  readonly events = [ProposalDraftEditedV1];

  constructor(private readonly projector: ConsultationProjector) {}

  prepare(events: EventEnvelope<ProposalDraftEditedV1>[], manager: EntityManager): void {
    this.projector.expectProposals(manager, events.map((e) => e.payload.proposalId));
  }

  async handle(event: EventEnvelope<ProposalDraftEditedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.proposal(manager, p.proposalId, { title: p.title, theme: p.theme, strategyVersion: p.strategyVersion, status: 'draft', opensAt: p.opensAt, closesAt: p.closesAt });
  }
}
