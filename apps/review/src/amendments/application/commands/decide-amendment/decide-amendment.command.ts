import type { Decision } from '../../../domain/amendment';

export class DecideAmendmentCommand {
  constructor(
    readonly id: string,
    readonly decision: Decision,
    readonly reason: string,
    readonly by: string,
  ) {}
}
