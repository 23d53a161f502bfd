import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

const BWB_ID = /^BWBR\d{7}$/;

/** `BWBR` and seven digits, as wetten.overheid.nl spells it. */
export class RegulationParamsDto {
  @ApiProperty({ pattern: BWB_ID.source, example: 'BWBR0024282' })
  @Matches(BWB_ID)
  bwbId!: string;
}
