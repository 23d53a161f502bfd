import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Transactions } from '@pb/persistence';
import type { Logger } from 'pino';
import type { RoutingRule } from '../../../domain/routing-rule';
import { RoutingRuleNotFoundError } from '../../../domain/routing.errors';
import { RoutingRuleStore } from '../../ports/routing-rule.store';
import { MoveRoutingRuleCommand } from './move-routing-rule.command';

/** One place up or down the order (the first rule up, the last down: nothing changes). Answers the whole new order. */
@CommandHandler(MoveRoutingRuleCommand)
export class MoveRoutingRuleHandler implements ICommandHandler<MoveRoutingRuleCommand, RoutingRule[]> {
  constructor(
    private readonly transactions: Transactions,
    private readonly rules: RoutingRuleStore,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ id, direction, by }: MoveRoutingRuleCommand): Promise<RoutingRule[]> {
    const rules = await this.transactions.run(async (manager) => {
      await this.rules.lockRules(manager);
      if (!(await this.rules.move(manager, id, direction))) throw new RoutingRuleNotFoundError();
      return this.rules.list(manager);
    });
    this.logger.info({ ruleId: id, direction, by: by.id }, 'routing rule moved');
    return rules;
  }
}
