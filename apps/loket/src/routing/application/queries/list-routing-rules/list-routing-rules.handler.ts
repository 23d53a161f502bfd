import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { RoutingRule } from '../../../domain/routing-rule';
import { RoutingRuleStore } from '../../ports/routing-rule.store';
import { ListRoutingRulesQuery } from './list-routing-rules.query';

@QueryHandler(ListRoutingRulesQuery)
export class ListRoutingRulesHandler implements IQueryHandler<ListRoutingRulesQuery, RoutingRule[]> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly rules: RoutingRuleStore,
  ) {}

  execute(): Promise<RoutingRule[]> {
    return this.rules.list(this.ds.manager);
  }
}
