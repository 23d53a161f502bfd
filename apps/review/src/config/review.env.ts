import { IsInt, IsString, Max, Min } from 'class-validator';
import { DatabaseEnv } from '@pb/persistence';

export class ReviewEnv extends DatabaseEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3004;

  @IsString()
  HOST: string = '127.0.0.1';

  @IsString()
  DATABASE_URL: string = 'postgres://postgres:postgres@127.0.0.1:5433/review';

  /** Public origin of the portal, for the links in subscribers' mails. */
  @IsString()
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  @IsString()
  SMTP_URL: string = 'smtp://127.0.0.1:1025';

  @IsString()
  MAIL_FROM: string = 'Permanent Beta <berichten@permanentbeta.localhost>';

  /**
   * Sliding window of the subscription form's abuse limits: every subscription mails a
   * confirmation, so anyone could otherwise make the platform mail any address. Over a limit: 429.
   */
  @IsInt()
  @Min(1)
  REVIEW_RATE_LIMIT_WINDOW_SECONDS: number = 3600;

  /** Subscriptions per client address in the window. */
  @IsInt()
  @Min(1)
  REVIEW_SUBSCRIBE_PER_ADDRESS: number = 20;

  /** Subscriptions per e-mail address in the window (each mails a confirmation). */
  @IsInt()
  @Min(1)
  REVIEW_SUBSCRIBE_PER_EMAIL: number = 5;
}
