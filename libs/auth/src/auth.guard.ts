import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata, UnauthorizedException, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Principal, StaffRole } from './principal';
import { TokenVerifier } from './token-verifier';

const ROLES_KEY = 'pb:roles';

/** Only these roles may call the handler (admin may always). Without it a route is public. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal | undefined => {
  return (ctx.switchToHttp().getRequest<Request & { principal?: Principal }>()).principal;
});

/**
 * Reads an optional bearer token on every request (so public routes can still tell staff apart)
 * and enforces @Roles: no token → 401, wrong role → 403.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly verifier: TokenVerifier, private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const required = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      try {
        req.principal = await this.verifier.verify(header.slice(7).trim());
      } catch {
        if (required) throw new UnauthorizedException();
      }
    }
    if (!required) return true;
    if (!req.principal) throw new UnauthorizedException();
    if (req.principal.roles.includes('admin') || required.some((r) => req.principal!.roles.includes(r))) return true;
    throw new ForbiddenException();
  }
}
