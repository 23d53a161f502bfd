import type { StaffAccess } from '../../support/report-scope';

/** Hand several triaged reports to one handler (the queue's bulk assign). */
export class AssignReportsCommand {
  constructor(
    readonly references: readonly string[],
    readonly handler: string,
    readonly access: StaffAccess,
  ) {}
}
