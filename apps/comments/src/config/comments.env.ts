import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { ProductionSecret } from '@pb/config';
import { DatabaseEnv } from '@pb/persistence';

export class CommentsEnv extends DatabaseEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3003;

  @IsString()
  HOST: string = '127.0.0.1';

  @IsString()
  DATABASE_URL: string = 'postgres://postgres:postgres@127.0.0.1:5433/comments';

  /** Public origin of the portal, for the links in e-mails. */
  @IsString()
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  @IsString()
  SMTP_URL: string = 'smtp://127.0.0.1:1025';

  /** Send queued mails from this process (a benchmark switches it off so MailDev is not flooded). */
  @Transform(({ obj, key }) => obj[key] === true || obj[key] === 'true')
  @IsBoolean()
  MAIL_RELAY_ENABLED: boolean = true;

  @IsString()
  MAIL_FROM: string = 'Permanent Beta consultaties <consultaties@permanentbeta.localhost>';

  /**
   * Key of the pseudonymous respondent id (HMAC of the normalised e-mail address). Changing it
   * makes every respondent look new to the review: set it once per deployment, keep it secret.
   */
  @IsString()
  @MinLength(16)
  @ProductionSecret()
  RESPONDENT_ID_SECRET: string = 'permanent-beta-local-respondent-secret';

  /** How long an e-mail verification link stays valid. */
  @IsInt()
  @Min(1)
  @Max(720)
  VERIFICATION_TTL_HOURS: number = 72;

  /**
   * Verification rows are deleted this many days after their link expired (used or not): until
   * then a late click still meets its own row and gets the usual answer. 0 keeps them for ever.
   */
  @IsInt()
  @Min(0)
  RETENTION_VERIFICATIONS_DAYS: number = 7;

  /** Sliding window of the rate limits. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_WINDOW_SECONDS: number = 600;

  /**
   * Responses, supports and flags per client address in the window. The address is `req.ip`:
   * X-Forwarded-For is honoured only from the proxies in TRUST_PROXY (the portal), which forwards it.
   */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_ADDRESS: number = 60;

  /** Responses and supports per e-mail address in the window. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_EMAIL: number = 5;

  /** Position papers: bytes per attached file (PDF, ODT, DOCX; stored in the database as bytea). Over it: 413. */
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES: number = 10 * 1024 * 1024;

  /** Files per response. More: 413. */
  @IsInt()
  @Min(1)
  @Max(10)
  ATTACHMENT_MAX_FILES: number = 3;

  /** Reading one document's text takes at most this long (then it is `unreadable`). */
  @IsInt()
  @Min(1000)
  ATTACHMENT_EXTRACTION_TIMEOUT_MS: number = 30_000;

  /** Heap of the thread that reads a document's text. */
  @IsInt()
  @Min(64)
  @Max(2048)
  ATTACHMENT_EXTRACTION_MEMORY_MB: number = 256;

  /** Characters of a document's text kept for search and the analysis. */
  @IsInt()
  @Min(1000)
  ATTACHMENT_TEXT_MAX_CHARS: number = 1_000_000;

  /** How often this process looks for texts to read and announce; 0: never (another replica does). */
  @IsInt()
  @Min(0)
  ATTACHMENT_EXTRACTION_POLL_MS: number = 1000;
}
