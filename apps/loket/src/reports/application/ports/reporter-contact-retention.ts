import type { Tx } from '@pb/persistence';

/**
 * Erasing the contact details (name, e-mail address, phone) of reporters whose reports have ended.
 * A reporter's contact is kept while anything may still need to reach them:
 * - their report is open, or ended (resolved, rejected, linked as a duplicate) after `endedBefore`;
 * - their report is a duplicate whose original is open or ended after `endedBefore` (the original's
 *   outcome is mailed to every linked reporter);
 * - the same e-mail address has another report that is open or ended after `endedBefore` — one
 *   clock per person: "until LOKET_CONTACT_RETENTION_DAYS after your last report ended".
 * The report, its reporter id and the company stay, for the figures and the register.
 */
export abstract class ReporterContactRetention {
  /** Erases at most `limit` contacts (rows locked elsewhere are left for the next run); returns how many. */
  abstract eraseEndedContacts(manager: Tx, endedBefore: Date, erasedAt: Date, limit: number): Promise<number>;
}
