import { Inject, Injectable } from '@nestjs/common';
import { EventEnvelope, StrategyRevisionRequestedV1 } from '@pb/contracts';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { EventConsumer } from '@pb/messaging';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { StrategyPublisher } from '../../application/strategy-publisher';
import { applyAmendments } from '../../domain/strategy-version';
import { StrategyVersionNotFoundError } from '../../domain/strategy.errors';
import { StrategyVersionStore } from '../../infrastructure/strategy-version.store';

/** Applies the accepted amendments of a review to the base version and publishes the next version. */
@Injectable()
export class StrategyRevisionRequestedConsumer implements EventConsumer {
  readonly events = [StrategyRevisionRequestedV1];

  constructor(
    private readonly store: StrategyVersionStore,
    private readonly publisher: StrategyPublisher,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async handle(event: EventEnvelope<StrategyRevisionRequestedV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    if (await this.store.find(manager, p.newVersion)) {
      this.logger.info({ version: p.newVersion }, 'strategy version exists already; revision request ignored');
      return;
    }
    const base = await this.store.find(manager, p.baseVersion);
    if (!base) throw new StrategyVersionNotFoundError(p.baseVersion);
    const next = applyAmendments(base, p.amendments, p.newVersion, this.clock.now());
    await this.publisher.publish(manager, next, { role: 'coordinator', id: event.actor.id });
  }
}
