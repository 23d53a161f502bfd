import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import { clientAddressKey, emailKey, RateLimit, RateLimiter, refuseWhenLimited } from '@pb/http';
import { Clock } from '@pb/kernel';
import type { Request, Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { CommentsSettings } from '../../application/support/comments.settings';

const ACTION_KEY = 'pb:rate-limited';

/** Rate-limit this route per client address, and per e-mail address where the body carries one. */
export const RateLimited = (action: 'response' | 'support' | 'flag') =>
  applyDecorators(
    SetMetadata(ACTION_KEY, action),
    ApiTooManyRequestsResponse({ description: 'Over a rate limit: problem+json, with `Retry-After` (seconds). Nothing was stored or mailed.' }),
  );

const emailOf = (body: unknown): string | undefined => {
  const b = body as { author?: { email?: unknown }; email?: unknown } | undefined;
  const e = b?.author?.email ?? b?.email;
  return typeof e === 'string' && e.length <= 254 ? e : undefined;
};

/**
 * A transport concern, so it lives here rather than in the handlers: answers 429 (problem+json via
 * the shared filter) with Retry-After, before anything is stored or mailed. Keys are keyed hashes
 * (PSEUDONYM_SECRET) of the client and e-mail addresses: no address is stored.
 *
 * An interceptor rather than a guard so that it runs inside the global IdempotencyInterceptor: a
 * repeat answered from the idempotency store (a double click) does not count as another attempt.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly settings: CommentsSettings,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.check(context)).pipe(switchMap(() => next.handle()));
  }

  private async check(context: ExecutionContext): Promise<void> {
    const action = this.reflector.get<string | undefined>(ACTION_KEY, context.getHandler());
    if (!action) return;
    const req = context.switchToHttp().getRequest<Request>();
    const { rateLimitWindowSeconds: window, rateLimitPerAddress, rateLimitPerEmail, pseudonymSecret } = this.settings;
    const limits: RateLimit[] = [{ bucket: `comments.${action}:ip`, key: clientAddressKey(pseudonymSecret, req), limit: rateLimitPerAddress }];
    const email = action === 'flag' ? undefined : emailOf(req.body);
    if (email) limits.push({ bucket: `comments.${action}:email`, key: emailKey(pseudonymSecret, email), limit: rateLimitPerEmail });
    refuseWhenLimited(await this.limiter.hit(limits, window, this.clock.now()), context.switchToHttp().getResponse<Response>());
  }
}
