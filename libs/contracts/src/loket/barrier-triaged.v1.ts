import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Topics } from '../topics';
import { PRIORITIES, Priority } from './vocabulary';

/** An official classified a report under a strategy theme and assigned it. */
export class BarrierTriagedV1 {
  static readonly type = 'loket.BarrierTriaged';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A report was classified under a strategy theme, prioritised and assigned.';

  @IsUUID()
  reportId!: string;

  /** Theme code of the strategy version the report was classified under, e.g. `2.1.2`. */
  @Matches(/^\d+(\.\d+){1,2}$/)
  theme!: string;

  @IsString()
  @MaxLength(20)
  strategyVersion!: string;

  @IsIn(PRIORITIES)
  priority!: Priority;

  /** One of DEPARTMENTS when written. */
  @IsString()
  @MaxLength(20)
  department!: string;

  /** Pseudonymous handler id (not the official's name). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  handlerId?: string;
}
