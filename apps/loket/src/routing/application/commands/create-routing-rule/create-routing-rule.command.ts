import type { Actor } from '../../support/actor';

/** The rule as the admin sent it; checked by the domain (all problems per field at once). */
export interface RoutingRuleInput {
  match?: Partial<Record<string, string>>;
  department?: string;
  handlerGroup?: string;
}

export class CreateRoutingRuleCommand {
  constructor(
    readonly rule: RoutingRuleInput,
    readonly by: Actor,
  ) {}
}
