import { Injectable } from '@nestjs/common';
import { EventEnvelope, StrategyVersionPublishedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { StrategyVersionFacts } from '../../application/ports/strategy-version-facts';

/** Themes are learnt from strategy versions; every version is kept so old classifications stay resolvable. */
@Injectable()
export class StrategyVersionPublishedConsumer implements EventConsumer {
  readonly events = [StrategyVersionPublishedV1];

  constructor(private readonly versions: StrategyVersionFacts) {}

  async handle(event: EventEnvelope<StrategyVersionPublishedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.versions.store(manager, {
      version: p.version,
      previousVersion: p.previousVersion ?? null,
      title: p.title,
      publishedAt: p.publishedAt,
      changes: p.changes,
      themes: p.themes,
    });
  }
}
