import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Reflector } from '@nestjs/core';
import { clientAddressKey, emailKey, RateLimit, RateLimiter, refuseWhenLimited } from '@pb/http';
import { Clock } from '@pb/kernel';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { from, Observable, switchMap } from 'rxjs';
import { LoketEnv } from '../../../config/loket.env';

const ACTION_KEY = 'pb:loket-rate-limited';

/**
 * Rate-limit this route: `intake` per client address and per reporter e-mail address;
 * `reporter-message` (only requests with `?token=`, i.e. from the reporter) per client address and
 * per report. Officials' requests carry no token and are not limited here. `tracking-link` ("link
 * kwijt", which can send a mail) per client address and per e-mail address. `endorsement` ("this is
 * my barrier too", which stores a contact and sends a mail) with intake's limits, in buckets of its own.
 */
type LimitedAction = 'intake' | 'endorsement' | 'reporter-message' | 'tracking-link';

export const RateLimited = (action: LimitedAction) =>
  applyDecorators(
    SetMetadata(ACTION_KEY, action),
    ApiTooManyRequestsResponse({ description: 'Over an abuse limit: problem+json, with `Retry-After` (seconds). Nothing was stored or mailed.' }),
  );

const asEmail = (e: unknown): string | undefined => (typeof e === 'string' && e.length <= 254 ? e : undefined);
const contactEmailOf = (body: unknown): string | undefined => asEmail((body as { contact?: { email?: unknown } } | undefined)?.contact?.email);

/**
 * Runs before validation and the handler, so a refused request stores nothing and sends no mail.
 * Answers 429 problem+json (nl/en via the shared filter) with Retry-After in seconds. An
 * interceptor rather than a guard so that it runs inside the global IdempotencyInterceptor: a
 * repeat answered from the idempotency store (a double click) does not count as another attempt.
 */
@Injectable()
export class ReportRateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly env: LoketEnv,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.check(context)).pipe(switchMap(() => next.handle()));
  }

  private async check(context: ExecutionContext): Promise<void> {
    const action = this.reflector.get<LimitedAction | undefined>(ACTION_KEY, context.getHandler());
    if (!action) return;
    const req = context.switchToHttp().getRequest<Request>();
    const secret = this.env.PSEUDONYM_SECRET;
    const limits: RateLimit[] = [];
    if (action === 'intake' || action === 'endorsement') {
      limits.push({ bucket: `loket.${action}:ip`, key: clientAddressKey(secret, req), limit: this.env.LOKET_INTAKE_PER_ADDRESS });
      const email = contactEmailOf(req.body);
      if (email) limits.push({ bucket: `loket.${action}:email`, key: emailKey(secret, email), limit: this.env.LOKET_INTAKE_PER_EMAIL });
    } else if (action === 'tracking-link') {
      limits.push({ bucket: 'loket.tracking-link:ip', key: clientAddressKey(secret, req), limit: this.env.LOKET_TRACKING_LINKS_PER_ADDRESS });
      const email = asEmail((req.body as { email?: unknown } | undefined)?.email);
      if (email) limits.push({ bucket: 'loket.tracking-link:email', key: emailKey(secret, email), limit: this.env.LOKET_TRACKING_LINKS_PER_EMAIL });
    } else {
      if (req.query.token === undefined) return;
      const reference = String(req.params.reference ?? '').slice(0, 40);
      limits.push({ bucket: 'loket.reporter-message:ip', key: clientAddressKey(secret, req), limit: this.env.LOKET_MESSAGES_PER_ADDRESS });
      // A reference is not personal; hashed anyway so the column holds one kind of value.
      limits.push({ bucket: 'loket.reporter-message:report', key: createHash('sha256').update(reference).digest('hex'), limit: this.env.LOKET_MESSAGES_PER_REPORT });
    }
    refuseWhenLimited(await this.limiter.hit(limits, this.env.LOKET_RATE_LIMIT_WINDOW_SECONDS, this.clock.now()), context.switchToHttp().getResponse<Response>());
  }
}
