import { HttpException } from '@nestjs/common';
import { keyedHash, normaliseEmailAddress } from '@pb/kernel';
import type { Request, Response } from 'express';
import type { RateLimitVerdict } from './rate-limiter';

/**
 * The keyed hash of the client's address (`req.ip`, as `trust proxy` resolves it). Stored in rate
 * limits and flags instead of the address: without PSEUDONYM_SECRET nobody can try all 2^32.
 */
export const clientAddressKey = (secret: string, req: Request): string => keyedHash(secret, 'ip', req.ip ?? 'unknown');

/** The keyed hash of an e-mail address, normalised first (the same hash an erasure request names). */
export const emailKey = (secret: string, email: string): string => keyedHash(secret, 'email', normaliseEmailAddress(email));

/**
 * Turns a refusal into the 429 problem (the shared filter writes the nl/en problem+json) with
 * `Retry-After` in seconds. Called from guards, before any handler runs: nothing is stored, no
 * mail is sent.
 */
export function refuseWhenLimited(verdict: RateLimitVerdict, res: Response): void {
  if (verdict.allowed) return;
  res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
  throw new HttpException('Too many requests', 429);
}
