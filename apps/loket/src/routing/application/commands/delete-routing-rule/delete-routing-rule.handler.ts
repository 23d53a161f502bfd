import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Transactions } from '@pb/persistence';
import type { Logger } from 'pino';
import { RoutingRuleNotFoundError } from '../../../domain/routing.errors';
import { RoutingRuleStore } from '../../ports/routing-rule.store';
import { DeleteRoutingRuleCommand } from './delete-routing-rule.command';

/** The rules after it move up one; reports it routed keep the record of it. */
@CommandHandler(DeleteRoutingRuleCommand)
export class DeleteRoutingRuleHandler implements ICommandHandler<DeleteRoutingRuleCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly rules: RoutingRuleStore,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ id, by }: DeleteRoutingRuleCommand): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.rules.lockRules(manager);
      if (!(await this.rules.remove(manager, id))) throw new RoutingRuleNotFoundError();
    });
    this.logger.info({ ruleId: id, by: by.id }, 'routing rule deleted');
  }
}
