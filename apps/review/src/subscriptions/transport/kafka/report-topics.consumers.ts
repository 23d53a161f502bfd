import { Injectable } from '@nestjs/common';
import { BarrierReportedV1, BarrierReportedV2, BarrierReportedV3, BarrierResolvedV1, BarrierTriagedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import { identifyRegulation } from '@pb/regulations';
import type { EntityManager } from 'typeorm';
import { FeedRecorder } from '../../application/support/feed-recorder';

/** A report came in: its reference and cited regulation (v1/v2 named it; the index identifies it). */
@Injectable()
export class SubscriptionBarrierReportedConsumer implements EventConsumer {
  readonly events = [BarrierReportedV1, BarrierReportedV2, BarrierReportedV3];

  constructor(private readonly feed: FeedRecorder) {}

  handle(event: EventEnvelope<BarrierReportedV1 | BarrierReportedV2 | BarrierReportedV3>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    const bwbId = 'name' in p.regulation ? identifyRegulation(p.regulation).bwbId : p.regulation.bwbId;
    return this.feed.rememberReport(manager, p.reportId, { reference: p.reference, bwbId: bwbId ?? null });
  }
}

/** The (latest) triage places a report under its theme. */
@Injectable()
export class SubscriptionBarrierTriagedConsumer implements EventConsumer {
  readonly events = [BarrierTriagedV1];

  constructor(private readonly feed: FeedRecorder) {}

  handle(event: EventEnvelope<BarrierTriagedV1>, manager: EntityManager): Promise<void> {
    return this.feed.rememberReport(manager, event.payload.reportId, { theme: event.payload.theme });
  }
}

/** A published report was resolved: news for those who follow its theme, regulation or entry. */
@Injectable()
export class SubscriptionBarrierResolvedConsumer implements EventConsumer {
  readonly events = [BarrierResolvedV1];

  constructor(private readonly feed: FeedRecorder) {}

  async handle(event: EventEnvelope<BarrierResolvedV1>, manager: EntityManager): Promise<void> {
    if (!event.payload.published) return;
    await this.feed.barrierResolved(manager, event.eventId, event.payload.reportId, event.occurredAt);
  }
}
