import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import type { Logger } from 'pino';
import { applyAmendments } from '../../../domain/strategy-version';
import { StrategyVersionNotFoundError } from '../../../domain/strategy.errors';
import { StrategyVersionRepository } from '../../ports/strategy-version.repository';
import { StrategyPublisher } from '../../support/strategy-publisher';
import { ApplyStrategyRevisionCommand } from './apply-strategy-revision.command';

/** Applies the accepted amendments of a review to the base version and publishes the next version. */
@CommandHandler(ApplyStrategyRevisionCommand)
export class ApplyStrategyRevisionHandler implements ICommandHandler<ApplyStrategyRevisionCommand, void> {
  constructor(
    private readonly store: StrategyVersionRepository,
    private readonly publisher: StrategyPublisher,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ baseVersion, newVersion, amendments, coordinatorId, tx }: ApplyStrategyRevisionCommand): Promise<void> {
    if (await this.store.find(tx, newVersion)) {
      this.logger.info({ version: newVersion }, 'strategy version exists already; revision request ignored');
      return;
    }
    const base = await this.store.find(tx, baseVersion);
    if (!base) throw new StrategyVersionNotFoundError(baseVersion);
    const next = applyAmendments(base, amendments, newVersion, this.clock.now());
    await this.publisher.publish(tx, next, { role: 'coordinator', id: coordinatorId });
  }
}
