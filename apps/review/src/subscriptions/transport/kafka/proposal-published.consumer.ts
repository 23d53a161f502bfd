import { Injectable } from '@nestjs/common';
import { EventEnvelope, ProposalPublishedV1, ProposalPublishedV2, ProposalPublishedV3 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { FeedRecorder } from '../../application/support/feed-recorder';

/** A proposal was published: news for those who follow its theme. Every version carries what the news needs. */
@Injectable()
export class SubscriptionProposalPublishedConsumer implements EventConsumer {
  readonly events = [ProposalPublishedV1, ProposalPublishedV2, ProposalPublishedV3];

  constructor(private readonly feed: FeedRecorder) {}

  async handle(event: EventEnvelope<ProposalPublishedV1 | ProposalPublishedV2 | ProposalPublishedV3>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.feed.record(
      manager,
      { eventId: event.eventId, kind: 'proposal-published', subjectRef: p.proposalId, title: p.title, path: `/consultaties/${p.proposalId}`, occurredAt: p.publishedAt },
      [{ kind: 'theme', ref: p.theme }],
    );
  }
}
