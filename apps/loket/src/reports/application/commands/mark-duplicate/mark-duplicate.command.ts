import type { Actor } from '../../../domain/barrier-report.aggregate';

export class MarkDuplicateCommand {
  constructor(
    readonly reference: string,
    readonly originalReference: string,
    readonly by: Actor,
  ) {}
}
