import { Injectable } from '@nestjs/common';
import { EventActor, StrategyVersionPublishedV1 } from '@pb/contracts';
import { OutboxWriter, createEvent } from '@pb/messaging';
import type { Tx } from '@pb/persistence';
import type { StrategyVersion } from '../../domain/strategy-version';
import { StrategyVersionRepository } from '../ports/strategy-version.repository';

/**
 * Stores a strategy version and announces it (`strategy.StrategyVersionPublished`) in the same
 * transaction. A version that already exists is neither stored nor announced again.
 */
@Injectable()
export class StrategyPublisher {
  constructor(
    private readonly store: StrategyVersionRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async publish(tx: Tx, v: StrategyVersion, actor: EventActor): Promise<boolean> {
    if (!(await this.store.insertIfAbsent(tx, v))) return false;
    const event = createEvent(
      StrategyVersionPublishedV1,
      {
        version: v.version,
        previousVersion: v.previousVersion,
        title: v.title,
        publishedAt: v.publishedAt.toISOString(),
        themes: v.themes.map((t) => ({ code: t.code, title: t.title, ambition: t.ambition, actions: t.actions, track: t.track, spearhead: t.spearhead })),
        changes: v.changes,
      },
      { aggregateId: v.version, aggregateVersion: 1, actor, occurredAt: v.publishedAt },
    );
    await this.outbox.append(tx, [event]);
    return true;
  }
}
