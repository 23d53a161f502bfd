import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import type { RoutingRule } from '../../../domain/routing-rule';
import { RoutingRuleStore } from '../../ports/routing-rule.store';
import { ListRoutingRulesQuery } from './list-routing-rules.query';

@QueryHandler(ListRoutingRulesQuery)
export class ListRoutingRulesHandler implements IQueryHandler<ListRoutingRulesQuery, RoutingRule[]> {
  constructor(
    private readonly transactions: Transactions,
    private readonly rules: RoutingRuleStore,
  ) {}

  execute(): Promise<RoutingRule[]> {
    return this.transactions.withoutTransaction((db) => this.rules.list(db));
  }
}
