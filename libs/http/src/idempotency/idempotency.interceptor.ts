import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Clock } from '@pb/kernel';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { from, lastValueFrom, Observable } from 'rxjs';
import { IdempotencyKeyInProgressError, IdempotencyKeyInvalidError, IdempotencyKeyReusedError } from './idempotency.errors';
import { IdempotencyStore } from './idempotency.store';
import { IDEMPOTENCY_HEADER, IDEMPOTENT_ROUTE } from './idempotent.decorator';

export const IDEMPOTENCY_OPTIONS = Symbol('IDEMPOTENCY_OPTIONS');

export interface IdempotencyOptions {
  /** How long a key is remembered. */
  ttlHours: number;
  /** How long a repeat waits for the first request to finish before it gets a 409. */
  waitMs: number;
  /** How soon a waiting repeat first looks again; each next look waits twice as long (at most 1 s). */
  pollMs: number;
  /** An unfinished first request older than this is taken to have died with its process. */
  staleAfterMs: number;
}

export const defaultIdempotencyOptions: IdempotencyOptions = { ttlHours: 24, waitMs: 10_000, pollMs: 50, staleAfterMs: 120_000 };

/** Headers of the first answer that a repeat gets too (where the made thing is). */
const REPLAYED_HEADERS = ['location'];
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Makes a double click harmless. On routes marked @Idempotent, a request with an `Idempotency-Key`
 * claims the key before the handler runs; a repeat of the same request with that key gets the
 * stored answer (same status, same body, header `Idempotent-Replayed: true`) and nothing is done
 * twice. A repeat that arrives while the first still runs waits for it (up to `waitMs`, then 409).
 * The same key with another request (another route, query or body) is a 422: a client bug, not a
 * retry. A failed request frees its key, so correcting the input and sending again works.
 *
 * Runs after the guards: a repeat still needs the same login, and still counts for rate limits.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
    private readonly clock: Clock,
    @Inject(IDEMPOTENCY_OPTIONS) private readonly options: IdempotencyOptions,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || !this.reflector.get<boolean>(IDEMPOTENT_ROUTE, context.getHandler())) return next.handle();
    const req = context.switchToHttp().getRequest<Request & { principal?: { id: string } }>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) throw new IdempotencyKeyInvalidError();
    return from(this.run(key, req, res, next));
  }

  private async run(key: string, req: Request & { principal?: { id: string } }, res: Response, next: CallHandler): Promise<unknown> {
    const scope = req.principal ? `principal:${req.principal.id}` : 'anon';
    const keyHash = sha256(key);
    const route = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? req.path}`;
    const requestHash = sha256(JSON.stringify([req.method, req.originalUrl, req.body ?? null]));
    const deadline = Date.now() + this.options.waitMs;
    // Backing off keeps a flood of repeats of one slow request from becoming a flood of queries.
    let pause = this.options.pollMs;
    for (;;) {
      const now = this.clock.now();
      const begun = await this.store.begin({
        scope,
        keyHash,
        route,
        requestHash,
        now,
        expiresAt: new Date(now.getTime() + this.options.ttlHours * 3600_000),
        staleBefore: new Date(now.getTime() - this.options.staleAfterMs),
      });
      if (begun.outcome === 'mismatch') throw new IdempotencyKeyReusedError();
      if (begun.outcome === 'completed') {
        for (const [name, value] of Object.entries(begun.headers)) res.setHeader(name, value);
        res.setHeader('Idempotent-Replayed', 'true');
        return begun.body;
      }
      if (begun.outcome === 'started') return this.handleOnce(scope, keyHash, res, next);
      if (Date.now() >= deadline) {
        res.setHeader('Retry-After', '1');
        throw new IdempotencyKeyInProgressError();
      }
      await sleep(Math.min(pause, Math.max(1, deadline - Date.now())));
      pause = Math.min(pause * 2, 1000);
    }
  }

  private async handleOnce(scope: string, keyHash: string, res: Response, next: CallHandler): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (err) {
      await this.store.release(scope, keyHash);
      throw err;
    }
    // The status is set before interceptors run (@HttpCode or the default), or by the handler itself.
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = res.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    await this.store.complete(scope, keyHash, { status: res.statusCode, body, headers });
    return body;
  }
}
