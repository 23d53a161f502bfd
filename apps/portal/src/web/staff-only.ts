import type { StaffRole } from '@pb/auth';
import { hasRole, PageContext } from './page-context';

export class NotLoggedInError extends Error {}
export class RoleRequiredError extends Error {}

/** Pages show only what the role may do: call this first in a staff page's handler. */
export function requireRole(ctx: PageContext, ...roles: StaffRole[]): void {
  if (!ctx.principal) throw new NotLoggedInError();
  if (!hasRole(ctx, ...roles)) throw new RoleRequiredError();
}
