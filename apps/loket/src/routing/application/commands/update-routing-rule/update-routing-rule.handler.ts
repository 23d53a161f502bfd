import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import type { Logger } from 'pino';
import { checkedRule, RoutingRule } from '../../../domain/routing-rule';
import { RoutingRuleNotFoundError } from '../../../domain/routing.errors';
import { RoutingRuleStore } from '../../ports/routing-rule.store';
import { UpdateRoutingRuleCommand } from './update-routing-rule.command';

/** Changes what a rule matches and where it sends reports; its place in the order stays. Reports routed before keep their routing. */
@CommandHandler(UpdateRoutingRuleCommand)
export class UpdateRoutingRuleHandler implements ICommandHandler<UpdateRoutingRuleCommand, RoutingRule> {
  constructor(
    private readonly transactions: Transactions,
    private readonly rules: RoutingRuleStore,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ id, rule, by }: UpdateRoutingRuleCommand): Promise<RoutingRule> {
    const draft = checkedRule(rule);
    const updated = await this.transactions.run(async (manager) => {
      await this.rules.lockRules(manager);
      if (!(await this.rules.update(manager, id, draft, this.clock.now()))) throw new RoutingRuleNotFoundError();
      return (await this.rules.find(manager, id))!;
    });
    this.logger.info({ ruleId: id, by: by.id }, 'routing rule changed');
    return updated;
  }
}
