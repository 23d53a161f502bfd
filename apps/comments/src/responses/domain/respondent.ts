import { createHash, createHmac } from 'node:crypto';

/** One spelling per mailbox for duplicate detection and pseudonyms: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Pseudonymous respondent id: a keyed hash of the normalised address. Stable per address (the
 * review can count distinct respondents), not reversible without the secret, no personal data.
 */
export function respondentId(secret: string, email: string): string {
  return `r-${createHmac('sha256', secret).update(normaliseEmail(email)).digest('hex').slice(0, 32)}`;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
