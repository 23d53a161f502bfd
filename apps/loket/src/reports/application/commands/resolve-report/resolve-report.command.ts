import type { Outcome } from '@pb/contracts';
import type { Actor } from '../../../domain/barrier-report.aggregate';

export class ResolveReportCommand {
  constructor(
    readonly reference: string,
    readonly outcome: Outcome,
    readonly explanation: string,
    readonly by: Actor,
  ) {}
}
