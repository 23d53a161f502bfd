import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newTrackingToken = (): string => randomBytes(32).toString('base64url');

export const hashTrackingToken = (token: string): string => createHash('sha256').update(token).digest('hex');

// Compared against when the reference is unknown, so both answers take the same work.
const DUMMY_HASH = hashTrackingToken('no-such-report');

/** Constant-time check of a tracking token against the stored hash (or none: unknown reference). */
export function trackingTokenMatches(storedHash: string | undefined, token: string): boolean {
  const given = Buffer.from(hashTrackingToken(token), 'hex');
  const stored = Buffer.from(storedHash ?? DUMMY_HASH, 'hex');
  return stored.length === given.length && timingSafeEqual(stored, given) && storedHash !== undefined;
}
