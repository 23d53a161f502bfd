import { IsBoolean, IsIn, IsInt, IsUUID, Min } from 'class-validator';
import { Topics } from '../topics';
import { OUTCOMES, Outcome } from './vocabulary';

/** A report was resolved with an outcome. The explanation text stays in the loket. */
export class BarrierResolvedV1 {
  static readonly type = 'loket.BarrierResolved';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A report was resolved with an outcome.';

  @IsUUID()
  reportId!: string;

  @IsIn(OUTCOMES)
  outcome!: Outcome;

  /** Working days from receipt to resolution, pauses excluded. */
  @IsInt()
  @Min(0)
  handlingWorkingDays!: number;

  @IsBoolean()
  overdue!: boolean;

  /** Whether the resolved barrier is published in the public register. */
  @IsBoolean()
  published!: boolean;
}
