import { IsUUID } from 'class-validator';
import { Topics } from '../topics';

/**
 * Another company said "this is my barrier too" of a published register entry (issue 10, item 7):
 * the barrier's crowd grows by one company without a report of its own. Ids only: the company and
 * its contact stay in the loket.
 */
export class BarrierEndorsedV1 {
  static readonly type = 'loket.BarrierEndorsed';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A company endorsed a published barrier as its own ("this is my barrier too").';

  @IsUUID()
  endorsementId!: string;

  /** The report the register entry is (the original of its cluster). */
  @IsUUID()
  reportId!: string;
}
