import { IsInt, IsISO8601, IsUUID, Min } from 'class-validator';
import { Topics } from '../topics';

/** A resolved report went back to its handler because the reporter said the answer did not help. */
export class BarrierReopenedV1 {
  static readonly type = 'loket.BarrierReopened';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A resolved report was reopened by its reporter and went back to its handler.';

  @IsUUID()
  reportId!: string;

  /** How many times this report has been reopened, this one included. */
  @IsInt()
  @Min(1)
  reopenCount!: number;

  /** The reopened report's own deadline (a local date, working days from the reopening). */
  @IsISO8601({ strict: true })
  answerBy!: string;
}
