/**
 * `intake` is the loket's front office: it reads and triages every barrier report, whatever its
 * department (apps/loket/README.md, "Who sees which report").
 */
export const STAFF_ROLES = ['official', 'intake', 'moderator', 'coordinator', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A logged-in official, intake, moderator, coordinator or admin, as read from a verified token. */
export interface Principal {
  /** The token's subject: a stable pseudonymous id. */
  id: string;
  name?: string;
  roles: StaffRole[];
  /** The ministry an official works for: the loket shows them the intake queue and this department's reports. */
  department?: string;
}
