import { IsBoolean, IsIn, IsInt, IsUUID, Min } from 'class-validator';
import { Topics } from '../topics';
import { OUTCOMES, Outcome } from './vocabulary';

/**
 * The reporter said whether the answer to their report helped. Counts for the monitor and the
 * review (satisfied share per outcome, department, round). The reason a reporter gives for "no"
 * is their own text and stays in the loket; `satisfied: false` is followed by BarrierReopened.
 */
export class BarrierSatisfactionGivenV1 {
  static readonly type = 'loket.BarrierSatisfactionGiven';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'The reporter said whether the answer to their report helped.';

  @IsUUID()
  reportId!: string;

  @IsBoolean()
  satisfied!: boolean;

  /** The outcome the reporter judged. */
  @IsIn(OUTCOMES)
  outcome!: Outcome;

  /** Which answer was judged: 1 for the first, 2 after one reopening, and so on. */
  @IsInt()
  @Min(1)
  round!: number;
}
