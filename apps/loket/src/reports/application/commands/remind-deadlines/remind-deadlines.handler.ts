import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import { addWorkingDays, toLocalDate } from '../../../domain/working-days';
import { DeadlineReminders } from '../../ports/deadline-reminders';
import { OfficialMailer } from '../../support/official-mailer';
import { RemindDeadlinesCommand, RemindDeadlinesResult } from './remind-deadlines.command';

/** Reports per round; a busy day's reminders take a few rounds, each in short transactions. */
const BATCH = 100;
/** "Two working days before a deadline" (issue 10 item 8). */
export const REMIND_WORKING_DAYS_BEFORE = 2;

/**
 * Mails each department's officials once per report and deadline, from two working days before it
 * (on the deadline's day itself too, if the job could not run before). Safe with any number of
 * replicas: each reminder is claimed with an insert on a primary key, in the transaction that
 * queues its mail, so a second replica's claim of the same reminder does nothing.
 */
@CommandHandler(RemindDeadlinesCommand)
export class RemindDeadlinesHandler implements ICommandHandler<RemindDeadlinesCommand, RemindDeadlinesResult> {
  constructor(
    private readonly transactions: Transactions,
    private readonly reminders: DeadlineReminders,
    private readonly officials: OfficialMailer,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<RemindDeadlinesResult> {
    const now = this.clock.now();
    const today = toLocalDate(now);
    const until = addWorkingDays(today, REMIND_WORKING_DAYS_BEFORE);
    const due = await this.transactions.withoutTransaction((db) => this.reminders.due(db, today, until, BATCH));
    let mailed = 0;
    for (const report of due) {
      const claimed = await this.transactions.run(async (manager) => {
        if (!(await this.reminders.claim(manager, report.id, report.answerBy, now))) return false;
        await this.officials.deadlineNear(manager, { reference: report.reference, answerBy: report.answerBy, triage: report.department ? { department: report.department } : undefined });
        return true;
      });
      if (claimed) mailed++;
    }
    return { mailed };
  }
}
