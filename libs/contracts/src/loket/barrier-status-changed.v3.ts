import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { Topics } from '../topics';
import { REPORT_STATUSES, ReportStatus } from './vocabulary';

/**
 * A status transition that v2 cannot express because it leaves or enters `split`. As before, the
 * loket sends each transition once, in the lowest version that can carry it (v1, v2, then v3); a
 * consumer that reads v3 applies it exactly like v1 and v2.
 */
export class BarrierStatusChangedV3 {
  static readonly type = 'loket.BarrierStatusChanged';
  static readonly version = 3;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A report moved from one status to another (including split).';

  @IsUUID()
  reportId!: string;

  @IsIn(REPORT_STATUSES)
  from!: ReportStatus;

  @IsIn(REPORT_STATUSES)
  to!: ReportStatus;

  @IsOptional()
  @IsISO8601({ strict: true })
  answerBy?: string;
}
