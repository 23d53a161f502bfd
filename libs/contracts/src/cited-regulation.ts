import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { REGULATION_ID_PATTERN } from './regulation-id';

/**
 * A regulation a record cites, as a key of the regulation index (a BWB id, or an EU act's id such
 * as `EU-32016R0679`: a wider pattern since EU acts joined the index, every earlier event still
 * valid) and, when one was named, an article.
 */
export class CitedRegulationV1 {
  @Matches(REGULATION_ID_PATTERN)
  bwbId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  article?: string;
}
