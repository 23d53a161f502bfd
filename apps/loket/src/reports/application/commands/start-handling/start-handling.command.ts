import type { Actor } from '../../../domain/barrier-report.aggregate';

export class StartHandlingCommand {
  constructor(
    readonly reference: string,
    readonly by: Actor,
  ) {}
}
