import { Injectable } from '@nestjs/common';
import { EventEnvelope, StrategyVersionPublishedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { StrategyThemes } from '../../application/ports/strategy-themes';

/** Keeps the local `strategy_themes` projection that triage validates theme codes against. */
@Injectable()
export class StrategyVersionPublishedConsumer implements EventConsumer {
  readonly events = [StrategyVersionPublishedV1];

  constructor(private readonly themes: StrategyThemes) {}

  async handle(event: EventEnvelope<StrategyVersionPublishedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.themes.store(manager, {
      version: p.version,
      title: p.title,
      publishedAt: new Date(p.publishedAt),
      themes: p.themes.map((t) => ({ code: t.code, title: t.title })),
    });
  }
}
