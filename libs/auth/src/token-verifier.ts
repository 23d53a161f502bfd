import jwt, { JwtPayload } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import { Principal, STAFF_ROLES, StaffRole } from './principal';

export interface TokenVerifierOptions {
  secret: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export class InvalidTokenError extends Error {}

/**
 * Verifies bearer tokens: HS256 with a shared secret locally (the development issuer,
 * `npm run token`), RS256/ES256 against an OIDC provider's JWKS in production. With a JWKS, HS256
 * is not among the accepted algorithms, and production requires one (libs/config), so a token
 * signed with JWT_SECRET is never accepted in production. Tokens without `exp` are refused.
 */
export class TokenVerifier {
  private readonly jwks?: JwksClient;

  constructor(private readonly options: TokenVerifierOptions) {
    if (options.jwksUrl) this.jwks = new JwksClient({ jwksUri: options.jwksUrl, cache: true, rateLimit: true });
  }

  async verify(token: string): Promise<Principal> {
    const payload = await new Promise<JwtPayload>((resolve, reject) => {
      const key: jwt.Secret | jwt.GetPublicKeyOrSecret = this.jwks
        ? (header, cb) => {
            this.jwks!.getSigningKey(header.kid)
              .then((k) => cb(null, k.getPublicKey()))
              .catch((e: Error) => cb(e));
          }
        : this.options.secret;
      jwt.verify(
        token,
        key,
        { algorithms: this.jwks ? ['RS256', 'ES256'] : ['HS256'], issuer: this.options.issuer, audience: this.options.audience },
        (err, decoded) => (err || !decoded || typeof decoded === 'string' ? reject(new InvalidTokenError(err?.message ?? 'invalid token')) : resolve(decoded)),
      );
    });
    // jsonwebtoken checks `exp` only when present: a token without it would be valid forever, so a
    // leaked one could never be stopped. Every issuer we accept (the provider, the development
    // issuer) sets it.
    if (typeof payload.exp !== 'number') throw new InvalidTokenError('token has no expiry (exp)');
    const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter((r: unknown): r is StaffRole => STAFF_ROLES.includes(r as StaffRole));
    if (!payload.sub) throw new InvalidTokenError('token has no subject');
    return { id: payload.sub, name: typeof payload.name === 'string' ? payload.name : undefined, roles, department: typeof payload.department === 'string' ? payload.department : undefined };
  }
}

/** Signs a token as the local development issuer does (scripts/token.ts and tests). */
export function signDevelopmentToken(
  options: TokenVerifierOptions,
  claims: { sub: string; roles: StaffRole[]; department?: string; name?: string },
  expiresInSeconds = 8 * 3600,
): string {
  return jwt.sign({ roles: claims.roles, department: claims.department, name: claims.name }, options.secret, {
    algorithm: 'HS256',
    subject: claims.sub,
    issuer: options.issuer,
    audience: options.audience,
    expiresIn: expiresInSeconds,
  });
}
