import type { Tx } from '@pb/persistence';
import type { Actor } from '../../domain/barrier-report.aggregate';

/**
 * What a staff member did with a report. `contact-details-read`: the official view, which shows the
 * reporter's name, e-mail address and phone number, was served. `message` is a question to the
 * reporter, `note` an internal note. `split`: on the original, the departments of its parts; on a
 * part, its original and department. `routing`: at intake, by the system, the routing rule that
 * sent the report to a department (the rule's id and position then, the department, the handler group).
 */
export const AUDIT_ACTIONS = ['contact-details-read', 'triage', 'status', 'message', 'note', 'duplicate', 'resolution', 'split', 'routing'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Codes and references only (department, theme, priority, outcome, status, the original's
 * reference): never a message body, an explanation or anything else a person typed, and nothing
 * about the reporter — the log outlives the reporter's contact details.
 */
export type AuditDetails = Record<string, string>;

export interface AuditRecord {
  action: AuditAction;
  details?: AuditDetails;
}

export interface AuditEntry extends AuditRecord {
  reportId: string;
  at: Date;
  by: Actor;
}

/**
 * The audit log of staff access to reports: who (role and pseudonymous id), when, what, which
 * report. Written with the transaction handle (Tx), so a row exists exactly when the action
 * committed, and a read of contact details is answered only once its row is written.
 */
export abstract class ReportAuditLog {
  abstract record(manager: Tx, entry: AuditEntry): Promise<void>;
}
