import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { CommonEnv, ProductionSecret, ProductionValue, RequiredInProduction } from '@pb/config';

// Implicit conversion would read the string "false" as true.
const booleanFlag = () => Transform(({ obj, key }) => obj[key] === true || obj[key] === 'true' || obj[key] === '1');

const url = { require_tld: false, require_protocol: true };

export class PortalEnv extends CommonEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '127.0.0.1';

  @IsUrl(url)
  LOKET_URL: string = 'http://127.0.0.1:3001';

  @IsUrl(url)
  PROPOSALS_URL: string = 'http://127.0.0.1:3002';

  @IsUrl(url)
  COMMENTS_URL: string = 'http://127.0.0.1:3003';

  @IsUrl(url)
  REVIEW_URL: string = 'http://127.0.0.1:3004';

  /** The portal's public origin, for absolute links where a page cannot be relative (Atom feeds). */
  @IsUrl(url)
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  /** How long the portal waits for a service before it answers 504. */
  @IsInt()
  @Min(100)
  UPSTREAM_TIMEOUT_MS: number = 15000;

  /** Signs the CSRF tokens of every form and the pending OIDC login. Production: a random value of ≥ 32 bytes. */
  @IsString()
  @MinLength(16)
  @ProductionSecret()
  CSRF_SECRET: string = 'permanent-beta-local-csrf-secret';

  /**
   * The development issuer at /inloggen (choose a role, the portal signs a JWT with JWT_SECRET).
   * It exists only with NODE_ENV development or test; production refuses to start unless this is
   * false, and staff log in at the OIDC provider whose JWKS is JWT_JWKS_URL.
   */
  @booleanFlag()
  @IsBoolean()
  @ProductionValue(false, 'the development login lets anyone choose the role admin')
  DEV_LOGIN: boolean = true;

  /** Marks the portal's cookies Secure and sends HSTS (behind HTTPS). Required true in production. */
  @booleanFlag()
  @IsBoolean()
  @ProductionValue(true, 'session and CSRF cookies must never travel over plain HTTP')
  COOKIE_SECURE: boolean = false;

  /**
   * Production login: the OIDC provider's issuer URL (its /.well-known/openid-configuration is read).
   * With it, /inloggen sends staff to the provider (authorization code flow with PKCE).
   */
  @RequiredInProduction('staff log in at the identity provider')
  @IsUrl(url)
  OIDC_ISSUER_URL?: string;

  @RequiredInProduction('the portal\'s client id at the identity provider')
  @IsString()
  OIDC_CLIENT_ID?: string;

  /** Confidential clients only; public clients rely on PKCE alone. When set, production wants ≥ 32 bytes. */
  @IsOptional()
  @IsString()
  @ProductionSecret()
  OIDC_CLIENT_SECRET?: string;

  /** Where the provider sends staff back: https://<portal>/inloggen/callback. */
  @RequiredInProduction('where the identity provider sends staff back: https://<portal>/inloggen/callback')
  @IsUrl(url)
  OIDC_REDIRECT_URL?: string;

  @IsString()
  OIDC_SCOPES: string = 'openid profile';

  /** Which token becomes the session (and is forwarded to the services): it must carry `roles`. */
  @IsIn(['access_token', 'id_token'])
  OIDC_SESSION_TOKEN: 'access_token' | 'id_token' = 'access_token';

  // What the privacy statement, the accessibility statement and the colofon tell the public. The
  // retention figures are the services' own settings under the same names (one ConfigMap feeds
  // every app), so the statement shows the terms the platform actually applies.

  /** Who runs the platform (controller in the sense of the AVG/GDPR). Set in production. */
  @IsString()
  @MinLength(2)
  ORGANISATION_NAME: string = 'Permanent Beta (ontwikkelomgeving)';

  /** Where visitors write with questions and accessibility problems. Set in production. */
  @Matches(/^[^@\s]+@[^@\s]+$/)
  CONTACT_EMAIL: string = 'contact@permanentbeta.localhost';

  /** Where people send requests about their personal data (access, correction, erasure). Set in production. */
  @Matches(/^[^@\s]+@[^@\s]+$/)
  PRIVACY_CONTACT_EMAIL: string = 'privacy@permanentbeta.localhost';

  /** Days after a barrier report is closed before its reporter's contact details are erased (the loket's setting). */
  @IsInt()
  @Min(1)
  @Max(3650)
  LOKET_CONTACT_RETENTION_DAYS: number = 180;

  /** How long an e-mail verification link stays valid (the comments service's setting). */
  @IsInt()
  @Min(1)
  @Max(720)
  VERIFICATION_TTL_HOURS: number = 72;

  /** Window of the rate limits: keyed hashes of addresses are kept this long (the services' setting). */
  @IsInt()
  @Min(1)
  RATE_LIMIT_WINDOW_SECONDS: number = 600;
}
