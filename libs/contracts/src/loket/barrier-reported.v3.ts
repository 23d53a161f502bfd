import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Topics } from '../topics';
import { REGULATION_ID_PATTERN } from '../regulation-id';
import { BarrierReportedBase } from './barrier-reported.v1';

/**
 * The regulation a report cites, as an identifier: the BWB id the reporter gave or the key the
 * loket's regulation index found for the name they typed (absent when neither), and the article.
 * The name itself stays in the loket. `bwbId` holds any index key: since EU acts joined the index
 * an EU act's id (`EU-32016R0679` for "AVG") too — a wider pattern, every earlier event still valid.
 */
export class RegulationRefV3 {
  @IsOptional()
  @Matches(REGULATION_ID_PATTERN)
  bwbId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  article?: string;
}

/**
 * A barrier report was received at the loket (version 3): no text typed by the reporter at all
 * (issue 9) — version 2 still carried the regulation's name. A report whose regulation the index
 * could not identify carries no BWB id and counts as "not identified".
 */
export class BarrierReportedV3 extends BarrierReportedBase {
  static readonly type = 'loket.BarrierReported';
  static readonly version = 3;
  static readonly topic = Topics.barrierReports;
  static readonly description =
    'A barrier in a law or regulation was reported at the loket (ids, codes and dates only: the regulation as a BWB id and article, the reporter’s text stays in the loket).';

  @ValidateNested()
  @Type(() => RegulationRefV3)
  regulation!: RegulationRefV3;
}
