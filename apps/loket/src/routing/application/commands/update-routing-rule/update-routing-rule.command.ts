import type { Actor } from '../../support/actor';
import type { RoutingRuleInput } from '../create-routing-rule/create-routing-rule.command';

export class UpdateRoutingRuleCommand {
  constructor(
    readonly id: string,
    readonly rule: RoutingRuleInput,
    readonly by: Actor,
  ) {}
}
