import { Injectable } from '@nestjs/common';
import { EventEnvelope, ReviewCompiledV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { FeedRecorder } from '../../application/support/feed-recorder';

/**
 * The review of a year was compiled (this service's own event, read back from its topic): news for
 * the followers of the themes it has a section for. A later version of the event is left to its
 * consumer version (the messaging library passes over unknown versions).
 */
@Injectable()
export class SubscriptionReviewCompiledConsumer implements EventConsumer {
  readonly events = [ReviewCompiledV1];

  constructor(private readonly feed: FeedRecorder) {}

  async handle(event: EventEnvelope<ReviewCompiledV1>, manager: EntityManager): Promise<void> {
    const { year, revision, compiledAt } = event.payload;
    await this.feed.reviewCompiled(manager, event.eventId, { year, revision, compiledAt });
  }
}
