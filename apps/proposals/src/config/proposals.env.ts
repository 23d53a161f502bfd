import { IsBoolean, IsInt, IsString, Max, Min } from 'class-validator';
import { Transform } from 'class-transformer';
import { DatabaseEnv } from '@pb/persistence';

export class ProposalsEnv extends DatabaseEnv {
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3002;

  @IsString()
  HOST: string = '127.0.0.1';

  @IsString()
  DATABASE_URL: string = 'postgres://postgres:postgres@127.0.0.1:5433/proposals';

  /** How often the consultation scheduler looks for proposals to open or close. */
  @IsInt()
  @Min(100)
  @Max(600000)
  SCHEDULER_INTERVAL_MS: number = 1000;

  /** Run the scheduler loop in this process (every replica may: opening and closing are conditional updates). */
  @Transform(({ obj, key }) => obj[key] === true || obj[key] === 'true')
  @IsBoolean()
  SCHEDULER_ENABLED: boolean = true;
}
