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
}
