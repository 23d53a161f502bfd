import type { Actor } from '../../support/actor';

export class MoveRoutingRuleCommand {
  constructor(
    readonly id: string,
    readonly direction: 'up' | 'down',
    readonly by: Actor,
  ) {}
}
