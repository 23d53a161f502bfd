import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import type { RoutingRule } from '../../../domain/routing-rule';
import { RoutingRuleNotFoundError } from '../../../domain/routing.errors';
import { RoutingRuleStore } from '../../ports/routing-rule.store';
import { GetRoutingRuleQuery } from './get-routing-rule.query';

@QueryHandler(GetRoutingRuleQuery)
export class GetRoutingRuleHandler implements IQueryHandler<GetRoutingRuleQuery, RoutingRule> {
  constructor(
    private readonly transactions: Transactions,
    private readonly rules: RoutingRuleStore,
  ) {}

  async execute({ id }: GetRoutingRuleQuery): Promise<RoutingRule> {
    const rule = await this.transactions.withoutTransaction((db) => this.rules.find(db, id));
    if (!rule) throw new RoutingRuleNotFoundError();
    return rule;
  }
}
