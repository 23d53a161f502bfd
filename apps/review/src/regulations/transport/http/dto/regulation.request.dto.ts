import { ApiProperty } from '@nestjs/swagger';
import { REGULATION_ID_PATTERN } from '@pb/contracts';
import { Matches } from 'class-validator';

/** A key of the regulation index: a BWB id (`BWBR0024282`) or an EU act's id (`EU-32016R0679`). */
export class RegulationParamsDto {
  @ApiProperty({ pattern: REGULATION_ID_PATTERN.source, examples: ['BWBR0024282', 'EU-32016R0679'] })
  @Matches(REGULATION_ID_PATTERN)
  bwbId!: string;
}
