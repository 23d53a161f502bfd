import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { StaffRole } from '@pb/auth';
import { hasRole, PageRequest } from './page-context';
import { NotLoggedInError, RoleRequiredError } from './staff-only';

const ROLES_METADATA = 'pb:portal-roles';

/**
 * A staff page: only a logged-in staff member with one of these roles (or an admin) gets past the
 * guard. Nobody logged in gets the login page (401), a wrong role the "no access" page (403):
 * PageErrorFilter renders both, so every staff page answers alike without a check in its handler.
 * On a controller it covers every handler; on a handler it overrides the controller's.
 */
export function Roles(...roles: StaffRole[]): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(ROLES_METADATA, roles), UseGuards(RolesGuard));
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES_METADATA, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    // The page middleware read the session cookie before any guard runs.
    const page = context.switchToHttp().getRequest<PageRequest>().page;
    if (!page?.principal) throw new NotLoggedInError();
    if (!hasRole(page, ...roles)) throw new RoleRequiredError();
    return true;
  }
}

/** The roles a handler asks for (its own, else its controller's): what the guard checks, for tests and docs. */
export function rolesOf(controller: object, handler: object): StaffRole[] | undefined {
  return (Reflect.getMetadata(ROLES_METADATA, handler) ?? Reflect.getMetadata(ROLES_METADATA, controller)) as StaffRole[] | undefined;
}
