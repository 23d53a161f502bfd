import { createHmac } from 'node:crypto';

/**
 * What a keyed hash stands for. The purpose is part of the hashed text, so a hash made for one use
 * (say an address in a rate limit) can never be matched against one made for another.
 */
export type KeyedHashPurpose = 'ip' | 'email' | 'tracking-token';

/**
 * A keyed hash (HMAC-SHA-256, hex) of a personal value: IP addresses and e-mail addresses are
 * stored and sent only this way. A plain SHA-256 of an IPv4 address is reversed by trying all 2^32;
 * without the key (PSEUDONYM_SECRET, the same in every service) nothing can be tried. Every service
 * uses the same key so that an erasure request's hash of an e-mail address matches each service's rows.
 */
export function keyedHash(secret: string, purpose: KeyedHashPurpose, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('hex');
}

/** The form of an e-mail address that is hashed and compared: trimmed and lower-cased. */
export const normaliseEmailAddress = (email: string): string => email.trim().toLowerCase();
