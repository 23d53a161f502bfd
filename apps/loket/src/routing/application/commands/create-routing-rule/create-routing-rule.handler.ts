import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { checkedRule, RoutingRule } from '../../../domain/routing-rule';
import { RoutingRuleStore } from '../../ports/routing-rule.store';
import { CreateRoutingRuleCommand } from './create-routing-rule.command';

/** A new rule goes last: it never overrides a rule that already routes reports. */
@CommandHandler(CreateRoutingRuleCommand)
export class CreateRoutingRuleHandler implements ICommandHandler<CreateRoutingRuleCommand, RoutingRule> {
  constructor(
    private readonly transactions: Transactions,
    private readonly rules: RoutingRuleStore,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ rule, by }: CreateRoutingRuleCommand): Promise<RoutingRule> {
    const draft = checkedRule(rule);
    const created = await this.transactions.run(async (manager) => {
      await this.rules.lockRules(manager);
      return this.rules.append(manager, randomUUID(), draft, this.clock.now());
    });
    this.logger.info({ ruleId: created.id, position: created.position, by: by.id }, 'routing rule created');
    return created;
  }
}
