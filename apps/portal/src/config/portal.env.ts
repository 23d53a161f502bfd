import { IsInt, IsString, IsUrl, Max, Min } from 'class-validator';
import { CommonEnv } from '@pb/config';

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
}
