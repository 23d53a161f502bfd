import { IsInt, IsString, Max, Min } from 'class-validator';
import { CommonEnv } from '@pb/config';

export class LoketEnv extends CommonEnv {
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
   * figures and the register.
   */
  @IsInt()
  @Min(1)
  @Max(3650)
  LOKET_CONTACT_RETENTION_DAYS: number = 180;

  @IsString()
  MAIL_FROM: string = 'Permanent Beta loket <loket@permanentbeta.localhost>';
}
