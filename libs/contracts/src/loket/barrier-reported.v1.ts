import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BWB_ID_PATTERN } from '../regulation-id';
import { Topics } from '../topics';
import { COMPANY_SIZE_CLASSES, CompanySizeClass, SBI_SECTIONS, TECHNOLOGIES, Technology } from './vocabulary';

export const REPORT_REFERENCE_PATTERN = /^LKT-\d{4}-\d{6}$/;

export class RegulationRefV1 {
  @IsString()
  @MaxLength(300)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  article?: string;

  @IsOptional()
  @Matches(BWB_ID_PATTERN)
  bwbId?: string;
}

/**
 * What every version of BarrierReported carries: what the review needs to count and classify. The
 * description, company and contact details stay in the loket's database. How the regulation is
 * cited differs per version (versions 1 and 2 carry the name the reporter typed; 3 does not).
 */
export abstract class BarrierReportedBase {
  @IsUUID()
  reportId!: string;

  @Matches(REPORT_REFERENCE_PATTERN)
  reference!: string;

  @IsIn(TECHNOLOGIES)
  technology!: Technology;

  @IsIn(SBI_SECTIONS)
  sector!: string;

  @IsIn(COMPANY_SIZE_CLASSES)
  companySizeClass!: CompanySizeClass;

  /** Pseudonymous id of the reporter; the loket alone can link it to a person. */
  @IsUUID()
  reporterId!: string;

  @IsBoolean()
  publishConsent!: boolean;

  @IsISO8601({ strict: true })
  reportedAt!: string;

  /** Local dates (YYYY-MM-DD, Europe/Amsterdam). */
  @IsISO8601({ strict: true })
  triageBy!: string;

  @IsISO8601({ strict: true })
  answerBy!: string;
}

/** Versions 1 and 2: the shared fields and the regulation as the reporter typed it, name included. */
export abstract class BarrierReportedFields extends BarrierReportedBase {
  @ValidateNested()
  @Type(() => RegulationRefV1)
  regulation!: RegulationRefV1;
}

/**
 * A barrier report was received at the loket (version 1, still accepted from the log: it carried
 * the reporter's own title, free text that version 2 keeps in the loket).
 */
export class BarrierReportedV1 extends BarrierReportedFields {
  static readonly type = 'loket.BarrierReported';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A barrier in a law or regulation was reported at the loket.';

  @IsString()
  @MaxLength(200)
  title!: string;
}
