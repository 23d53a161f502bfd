import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@pb/kernel';
import { ReportChanges } from '../../support/report-changes';
import { AssignReportsCommand } from './assign-reports.command';

export interface AssignmentOutcome {
  /** Assigned (or already with this handler), in the order asked. */
  assigned: string[];
  /** One per report that could not be assigned, with the rule that refused it; nothing of it changed. */
  failed: { reference: string; error: DomainError }[];
}

/**
 * Each report is its own unit of work (ReportChanges: lock, change, event, audit — all or nothing
 * for that report): one closed or out-of-scope report must not hold the others back, and the
 * answer names every report that was not assigned and why, so nothing is half-done silently.
 */
@CommandHandler(AssignReportsCommand)
export class AssignReportsHandler implements ICommandHandler<AssignReportsCommand, AssignmentOutcome> {
  constructor(private readonly changes: ReportChanges) {}

  async execute({ references, handler, access }: AssignReportsCommand): Promise<AssignmentOutcome> {
    const outcome: AssignmentOutcome = { assigned: [], failed: [] };
    // Each reference once, in the order given.
    for (const reference of [...new Set(references)]) {
      try {
        await this.changes.change(reference, { ...access, audit: { action: 'triage', details: { handler } } }, (report, { now }) => report.assign(handler, access.by, now));
        outcome.assigned.push(reference);
      } catch (error) {
        // A rule that refused this report is its answer; anything else (the database gone) fails the request.
        if (!(error instanceof DomainError)) throw error;
        outcome.failed.push({ reference, error });
      }
    }
    return outcome;
  }
}
