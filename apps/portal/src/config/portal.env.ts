import { IsBoolean, IsInt, IsString, IsUrl, Max, Min, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { CommonEnv } from '@pb/config';

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

  /** How long the portal waits for a service before it answers 504. */
  @IsInt()
  @Min(100)
  UPSTREAM_TIMEOUT_MS: number = 15000;

  /** Signs the CSRF tokens of every form. Set a long random value in production. */
  @IsString()
  @MinLength(16)
  CSRF_SECRET: string = 'permanent-beta-local-csrf-secret';

  /**
   * The development issuer at /inloggen (choose a role, the portal signs a JWT with JWT_SECRET).
   * Off in production, where staff log in at the OIDC provider whose JWKS is JWT_JWKS_URL.
   */
  @booleanFlag()
  @IsBoolean()
  DEV_LOGIN: boolean = true;

  /** Marks the portal's cookies Secure (behind HTTPS in production). */
  @booleanFlag()
  @IsBoolean()
  COOKIE_SECURE: boolean = false;
}
