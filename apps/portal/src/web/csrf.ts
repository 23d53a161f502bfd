import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed double-submit CSRF token (OWASP): a random value lives in an httpOnly cookie and every
 * form carries HMAC(secret, that value). A forged cross-site form cannot read the cookie, so it
 * cannot compute the token; SameSite=Lax is the second line of defence.
 */
export class CsrfTokens {
  constructor(private readonly secret: string) {}

  newSeed(): string {
    return randomBytes(32).toString('base64url');
  }

  tokenFor(seed: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${seed}`).digest('base64url');
  }

  verify(seed: string | undefined, token: unknown): boolean {
    if (!seed || typeof token !== 'string' || !token) return false;
    const expected = Buffer.from(this.tokenFor(seed));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
