import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { DatabaseEnv } from '@pb/persistence';

export class LoketEnv extends DatabaseEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3001;

  @IsString()
  HOST: string = '127.0.0.1';

  @IsString()
  DATABASE_URL: string = 'postgres://postgres:postgres@127.0.0.1:5433/loket';

  /** Public origin of the portal, for links in e-mails (tracking link). */
  @IsString()
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  @IsString()
  SMTP_URL: string = 'smtp://127.0.0.1:1025';

  /**
   * Days a reporter's private tracking link works after it was issued. Long enough for the usual
   * handling (40 working days plus pauses for questions); after that the reporter asks a fresh
   * link by reference and e-mail address ("link kwijt").
   */
  @IsInt()
  @Min(1)
  @Max(3650)
  LOKET_TRACKING_LINK_TTL_DAYS: number = 120;

  /**
   * Days after a report ended (resolved, rejected, or linked as a duplicate whose original ended)
   * that the reporter's name, e-mail address and phone number are erased; a person with several
   * reports keeps one clock, from the end of their last one. The report itself stays, for the
   * figures and the register. The same period erases the name and address of a company that said
   * "this is my barrier too", counted from the end of the entry's report once they were told its
   * outcome (EndorserContactRetention); the endorsement stays and keeps counting.
   */
  @IsInt()
  @Min(1)
  @Max(3650)
  LOKET_CONTACT_RETENTION_DAYS: number = 180;

  /**
   * Seconds after which the theme/department suggester is retrained from the triaged reports
   * (in the background, on the next suggestion). Officials' choices since then count from there.
   */
  @IsInt()
  @Min(1)
  LOKET_SUGGESTER_RETRAIN_SECONDS: number = 600;

  /**
   * How many of the most recently received triaged reports the suggester learns from. Training is
   * synchronous on the service's event loop (about 0.7 s for 1 000 reports and 2.6 s for 5 000 on
   * the development machine, once per retrain interval), so raise this with care.
   */
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOKET_SUGGESTER_TRAINING_LIMIT: number = 5_000;

  /**
   * Where officials' mails go (issue 10 item 8): one mailbox per department, as officials are known
   * to the loket only by a pseudonymous token subject (libs/auth holds no addresses). Comma-separated
   * `CODE=address` pairs; `*=…` is the fallback, in which `{department}` stands for the lower-case
   * code (`intake` for the intake queue). A department without an address gets no mail.
   */
  @IsString()
  @Matches(/^$|^\s*[A-Za-z*]+\s*=\s*[^\s,=]+@[^\s,=]+\s*(,\s*[A-Za-z*]+\s*=\s*[^\s,=]+@[^\s,=]+\s*)*$/)
  LOKET_DEPARTMENT_MAILBOXES: string = '*=loket-{department}@permanentbeta.localhost';

  /** How often the deadline reminder job looks for reports whose answer is due in two working days. */
  @IsInt()
  @Min(1000)
  @Max(86_400_000)
  LOKET_DEADLINE_REMINDER_INTERVAL_MS: number = 900_000;

  /** Run the reminder job in this process (every replica may: each reminder is claimed once in PostgreSQL). */
  @Transform(({ obj, key }) => obj[key] === true || obj[key] === 'true')
  @IsBoolean()
  LOKET_DEADLINE_REMINDER_ENABLED: boolean = true;

  @IsString()
  MAIL_FROM: string = 'Permanent Beta loket <loket@permanentbeta.localhost>';

  /**
   * Sliding window of the loket's abuse limits. Every intake mails an acknowledgement and every
   * reporter message reaches an official, so anyone could otherwise make the platform send
   * government mail to any address as often as they like. Over a limit: 429 with Retry-After.
   * Client addresses are `req.ip` (see `trust proxy`); only keyed hashes are stored.
   */
  @IsInt()
  @Min(1)
  LOKET_RATE_LIMIT_WINDOW_SECONDS: number = 3600;

  /** Reports per client address in the window (an office behind one address reports now and then, not in bulk). */
  @IsInt()
  @Min(1)
  LOKET_INTAKE_PER_ADDRESS: number = 10;

  /** Reports per reporter e-mail address in the window. */
  @IsInt()
  @Min(1)
  LOKET_INTAKE_PER_EMAIL: number = 3;

  /** "Link kwijt" requests per client address in the window (each may send a mail). */
  @IsInt()
  @Min(1)
  LOKET_TRACKING_LINKS_PER_ADDRESS: number = 10;

  /** "Link kwijt" requests per e-mail address in the window. */
  @IsInt()
  @Min(1)
  LOKET_TRACKING_LINKS_PER_EMAIL: number = 3;

  /** Reporter messages (`?token=`) per client address in the window; also slows guessing of tracking tokens. */
  @IsInt()
  @Min(1)
  LOKET_MESSAGES_PER_ADDRESS: number = 30;

  /** Reporter messages per report in the window. */
  @IsInt()
  @Min(1)
  LOKET_MESSAGES_PER_REPORT: number = 10;
}
