import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';

/** Path parameters more than one area of the review takes. */
const YEAR = /^(19|20|21)\d{2}$/;

export class YearParamsDto {
  @ApiProperty({ pattern: YEAR.source, example: '2026' })
  @Matches(YEAR)
  year!: string;
}

/** A uuid path parameter (a compile job, an amendment). */
export class JobParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
