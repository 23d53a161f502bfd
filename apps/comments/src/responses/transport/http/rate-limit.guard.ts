import { CanActivate, ExecutionContext, HttpException, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Clock } from '@pb/kernel';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { CommentsSettings } from '../../application/comments.settings';
import { RateLimiter } from '../../application/rate-limit/rate-limiter';
import { normaliseEmail, respondentId } from '../../domain/respondent';

const ACTION_KEY = 'pb:rate-limited';

/** Rate-limit this route per client address, and per e-mail address where the body carries one. */
export const RateLimited = (action: 'response' | 'support' | 'flag') => SetMetadata(ACTION_KEY, action);

const emailOf = (body: unknown): string | undefined => {
  const b = body as { author?: { email?: unknown }; email?: unknown } | undefined;
  const e = b?.author?.email ?? b?.email;
  return typeof e === 'string' && e.length <= 254 ? e : undefined;
};

export const clientKey = (req: Request): string => `addr:${createHash('sha256').update(req.ip ?? 'unknown').digest('hex').slice(0, 32)}`;

/**
 * A transport concern, so it lives here rather than in the handlers: answers 429 (problem+json via
 * the shared filter) with Retry-After. Keys are hashes: no address is stored.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly settings: CommentsSettings,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.get<string | undefined>(ACTION_KEY, context.getHandler());
    if (!action) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const now = this.clock.now();
    const { rateLimitWindowSeconds: window, rateLimitPerAddress, rateLimitPerEmail } = this.settings;
    const limits = [{ key: `${action}:${clientKey(req)}`, limit: rateLimitPerAddress }];
    const email = action === 'flag' ? undefined : emailOf(req.body);
    if (email) limits.push({ key: `${action}:mail:${respondentId(this.settings.respondentIdSecret, normaliseEmail(email))}`, limit: rateLimitPerEmail });
    if (await this.limiter.hit(limits, window, now)) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(window));
    throw new HttpException('Too many requests', 429);
  }
}
