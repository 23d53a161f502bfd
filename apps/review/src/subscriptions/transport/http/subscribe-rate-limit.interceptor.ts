import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { clientAddressKey, emailKey, RateLimit, RateLimiter, refuseWhenLimited } from '@pb/http';
import { Clock } from '@pb/kernel';
import type { Request, Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { ReviewEnv } from '../../../config/review.env';

/**
 * Every subscription mails a confirmation, so the form is limited per client address and per
 * e-mail address before validation and the handler run: a refused request stores nothing and
 * mails nobody (429 problem+json with Retry-After). An interceptor, like the loket's, so a repeat
 * answered from the idempotency store does not count twice.
 */
@Injectable()
export class SubscribeRateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly env: ReviewEnv,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.check(context)).pipe(switchMap(() => next.handle()));
  }

  private async check(context: ExecutionContext): Promise<void> {
    const req = context.switchToHttp().getRequest<Request>();
    const secret = this.env.PSEUDONYM_SECRET;
    const limits: RateLimit[] = [{ bucket: 'review.subscribe:ip', key: clientAddressKey(secret, req), limit: this.env.REVIEW_SUBSCRIBE_PER_ADDRESS }];
    const email = (req.body as { email?: unknown } | undefined)?.email;
    if (typeof email === 'string' && email.length <= 254) limits.push({ bucket: 'review.subscribe:email', key: emailKey(secret, email), limit: this.env.REVIEW_SUBSCRIBE_PER_EMAIL });
    refuseWhenLimited(await this.limiter.hit(limits, this.env.REVIEW_RATE_LIMIT_WINDOW_SECONDS, this.clock.now()), context.switchToHttp().getResponse<Response>());
  }
}
