/** Thrown by RolesGuard (web/roles.guard.ts); PageErrorFilter answers with the login page (401). */
export class NotLoggedInError extends Error {}
/** Thrown by RolesGuard; PageErrorFilter answers with the "no access" page (403). */
export class RoleRequiredError extends Error {}
