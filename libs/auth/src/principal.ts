export const STAFF_ROLES = ['official', 'moderator', 'coordinator', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A logged-in official, moderator or coordinator, as read from a verified token. */
export interface Principal {
  /** The token's subject: a stable pseudonymous id. */
  id: string;
  name?: string;
  roles: StaffRole[];
  department?: string;
}
