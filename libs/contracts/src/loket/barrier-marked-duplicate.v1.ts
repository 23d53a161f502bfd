import { IsUUID } from 'class-validator';
import { Topics } from '../topics';

/** A report was linked to an earlier report of the same barrier (a duplicate cluster). */
export class BarrierMarkedDuplicateV1 {
  static readonly type = 'loket.BarrierMarkedDuplicate';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A report was marked as a duplicate of an original report.';

  @IsUUID()
  reportId!: string;

  @IsUUID()
  originalReportId!: string;
}
