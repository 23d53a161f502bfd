import { Inject } from '@nestjs/common';
import { Transactions } from '@pb/persistence';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import type { Logger } from 'pino';
import { StrategySeed } from '../../ports/strategy-seed';
import { StrategyVersionRepository } from '../../ports/strategy-version.repository';
import { StrategyPublisher } from '../../support/strategy-publisher';
import { SeedStrategyCommand } from './seed-strategy.command';

/**
 * On first start (no strategy version stored yet) publishes the seed. Replicas starting together
 * serialise on an advisory lock, so it is published exactly once.
 */
@CommandHandler(SeedStrategyCommand)
export class SeedStrategyHandler implements ICommandHandler<SeedStrategyCommand, boolean> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: StrategyVersionRepository,
    private readonly seed: StrategySeed,
    private readonly publisher: StrategyPublisher,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute(_command: SeedStrategyCommand): Promise<boolean> {
    const published = await this.transactions.run(async (tx) => {
      await this.store.lockSeeding(tx);
      if ((await this.store.count(tx)) > 0) return null;
      const seed = this.seed.load();
      return (await this.publisher.publish(tx, seed, { role: 'system', id: 'proposals.strategy-seed' })) ? seed.version : null;
    });
    if (published) this.logger.info({ version: published }, 'strategy seed published');
    return published !== null;
  }
}
