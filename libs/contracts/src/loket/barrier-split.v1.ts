import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsISO8601, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { REPORT_REFERENCE_PATTERN } from './barrier-reported.v1';
import { MAX_SPLIT_PARTS } from './vocabulary';

/** One part of a split report: a report of its own in the loket, for one department. */
export class BarrierSplitPartV1 {
  @IsUUID()
  reportId!: string;

  /** The part's own reference, from the same sequence as every report (e.g. LKT-2026-000124). */
  @Matches(REPORT_REFERENCE_PATTERN)
  reference!: string;

  /** One of DEPARTMENTS when written (not narrowed, as in BarrierTriaged). */
  @IsString()
  @MaxLength(20)
  department!: string;

  /** The part's answer deadline (a local date). */
  @IsISO8601({ strict: true })
  answerBy!: string;
}

/**
 * An official split a report into parts for different departments. The parts are not new reports
 * of a barrier (no BarrierReported is sent for them): the original stays the one report that
 * counts, moves to `split` (BarrierStatusChanged v3) and is `closed` once every part has ended.
 * Each part's own triage, status changes and resolution follow as usual, under the part's id.
 * Identifiers, references and departments only: no personal data.
 */
export class BarrierSplitV1 {
  static readonly type = 'loket.BarrierSplit';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A report was split into parts, each for one department, with a reference, deadline and handling of its own.';

  /** The original report. */
  @IsUUID()
  reportId!: string;

  @Matches(REPORT_REFERENCE_PATTERN)
  reference!: string;

  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_SPLIT_PARTS)
  @ValidateNested({ each: true })
  @Type(() => BarrierSplitPartV1)
  parts!: BarrierSplitPartV1[];
}
