import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { Topics } from '../topics';
import { REPORT_STATUSES_V2, ReportStatusV2 } from './vocabulary';

/**
 * A status transition that v1 cannot express because it leaves or enters `reopened` or `closed`.
 * The loket sends each transition once, in the lowest version that can carry it: v1 for the
 * statuses v1 knows (so consumers that read v1 only see what they saw before), v2 for the rest.
 * A consumer that reads v2 applies it exactly like v1.
 */
export class BarrierStatusChangedV2 {
  static readonly type = 'loket.BarrierStatusChanged';
  static readonly version = 2;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A report moved from one status to another (including reopened and closed).';

  @IsUUID()
  reportId!: string;

  @IsIn(REPORT_STATUSES_V2)
  from!: ReportStatusV2;

  @IsIn(REPORT_STATUSES_V2)
  to!: ReportStatusV2;

  @IsOptional()
  @IsISO8601({ strict: true })
  answerBy?: string;
}
