import { IsInt, IsString, Max, Min } from 'class-validator';
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

  @IsString()
  MAIL_FROM: string = 'Permanent Beta loket <loket@permanentbeta.localhost>';
}
