import type { Actor } from '../../support/actor';

export class DeleteRoutingRuleCommand {
  constructor(
    readonly id: string,
    readonly by: Actor,
  ) {}
}
