import type { Tx } from '@pb/persistence';

/** A report whose answer is due soon, as the reminder needs it: no personal data. */
export interface DueReport {
  id: string;
  reference: string;
  answerBy: string;
  department?: string;
}

/**
 * The deadline reminders to officials: which open reports are due by a date, and the claim that
 * makes each reminder go once per report and deadline, whichever replica runs the job.
 */
export abstract class DeadlineReminders {
  /** Reports being handled (not waiting, split or ended) with `from <= answer_by <= to` and no reminder for that deadline yet. */
  abstract due(manager: Tx, from: string, to: string, limit: number): Promise<DueReport[]>;
  /**
   * Claims the reminder of this report and deadline: true for exactly one caller (it then mails in
   * the same transaction); a concurrent caller waits for that transaction and gets false.
   */
  abstract claim(manager: Tx, reportId: string, answerBy: string, at: Date): Promise<boolean>;
}
