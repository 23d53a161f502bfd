import { Injectable } from '@nestjs/common';
import { ProposalPublishedV1, ProposalPublishedV2, ProposalPublishedV3, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationProjector } from '../../application/support/consultation-projector';

/**
 * A published proposal counts for the year its consultation opens, under its theme in its strategy
 * version. v2 adds the text's paragraph anchors and v3 the questions' kinds, which the figures do not need.
 */
@Injectable()
export class ProposalPublishedConsumer implements EventConsumer {
  readonly events = [ProposalPublishedV1, ProposalPublishedV2, ProposalPublishedV3];

  constructor(private readonly projector: ConsultationProjector) {}

  prepare(events: EventEnvelope<ProposalPublishedV1 | ProposalPublishedV2 | ProposalPublishedV3>[], manager: EntityManager): void {
    this.projector.expectProposals(manager, events.map((e) => e.payload.proposalId));
  }

  async handle(event: EventEnvelope<ProposalPublishedV1 | ProposalPublishedV2 | ProposalPublishedV3>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.projector.proposal(manager, p.proposalId, {
      title: p.title,
      theme: p.theme,
      strategyVersion: p.strategyVersion,
      status: 'scheduled',
      opensAt: p.opensAt,
      closesAt: p.closesAt,
      publishedAt: p.publishedAt,
    });
  }
}
