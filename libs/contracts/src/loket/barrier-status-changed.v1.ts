import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { Topics } from '../topics';
import { REPORT_STATUSES_V1, ReportStatusV1 } from './vocabulary';

/** Every status transition of a report, with the deadlines as they stand after it. */
export class BarrierStatusChangedV1 {
  static readonly type = 'loket.BarrierStatusChanged';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A report moved from one status to another.';

  @IsUUID()
  reportId!: string;

  @IsIn(REPORT_STATUSES_V1)
  from!: ReportStatusV1;

  @IsIn(REPORT_STATUSES_V1)
  to!: ReportStatusV1;

  @IsOptional()
  @IsISO8601({ strict: true })
  answerBy?: string;
}
