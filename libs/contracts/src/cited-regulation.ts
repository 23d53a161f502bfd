import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { BWB_ID_PATTERN } from './loket/barrier-reported.v1';

/** A regulation a record cites, as an identifier (BWB id) and, when one was named, an article. */
export class CitedRegulationV1 {
  @Matches(BWB_ID_PATTERN)
  bwbId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  article?: string;
}
