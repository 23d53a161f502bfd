import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { RoutingRule } from '../../../domain/routing-rule';
import { RoutingRuleNotFoundError } from '../../../domain/routing.errors';
import { RoutingRuleStore } from '../../ports/routing-rule.store';
import { GetRoutingRuleQuery } from './get-routing-rule.query';

@QueryHandler(GetRoutingRuleQuery)
export class GetRoutingRuleHandler implements IQueryHandler<GetRoutingRuleQuery, RoutingRule> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly rules: RoutingRuleStore,
  ) {}

  async execute({ id }: GetRoutingRuleQuery): Promise<RoutingRule> {
    const rule = await this.rules.find(this.ds.manager, id);
    if (!rule) throw new RoutingRuleNotFoundError();
    return rule;
  }
}
