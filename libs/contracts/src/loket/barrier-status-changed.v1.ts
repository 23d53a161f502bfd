import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { Topics } from '../topics';

export const REPORT_STATUSES = [
  'received',
  'triaged',
  'in_progress',
  'waiting_for_reporter',
  'resolved',
  'duplicate',
  'rejected',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Every status transition of a report, with the deadlines as they stand after it. */
export class BarrierStatusChangedV1 {
  static readonly type = 'loket.BarrierStatusChanged';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A report moved from one status to another.';

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
