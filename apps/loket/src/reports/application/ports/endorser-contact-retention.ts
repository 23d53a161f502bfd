import type { Tx } from '@pb/persistence';

/**
 * Erasing the contact (name and e-mail address) of companies that said "this is my barrier too",
 * once nothing needs to reach them any more. The address is kept only to tell them the entry's
 * outcome; an endorser's contact goes when
 * - they were told the entry's current outcome (the outcome mail went out, `notified_outcome`),
 * - the entry's report has ended (resolved or closed, not reopened) before `endedBefore`, and
 * - they endorsed before `endedBefore`,
 * i.e. the reporters' retention period after the last mail to them (a mail follows an endorsement
 * or a change of outcome, and an outcome changes only with a transition of the report). A report
 * that is reopened keeps its endorsers' addresses until it has ended again and the period passed.
 * The endorsement itself stays and keeps counting (with the company's name, size class and the
 * address's keyed hash, like a reporter's company stays with their report); its withdrawal link
 * stops working, as after an erasure on request.
 */
export abstract class EndorserContactRetention {
  /** Erases at most `limit` endorsers' contacts (rows locked elsewhere are left for the next run); returns how many. */
  abstract eraseEndedContacts(manager: Tx, endedBefore: Date, erasedAt: Date, limit: number): Promise<number>;
}
