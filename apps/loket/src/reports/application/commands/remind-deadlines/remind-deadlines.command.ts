/** One round of the deadline reminder job; the result says how many reminders this round mailed. */
export class RemindDeadlinesCommand {}

export interface RemindDeadlinesResult {
  mailed: number;
}
