import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { DEPARTMENTS, MAX_SPLIT_PARTS } from '@pb/contracts';

/** Pseudonymous ids only, as for triage: letters, digits and . _ : - (no '@', so no e-mail addresses). */
const HANDLER_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export class SplitPartRequestDto {
  @ApiProperty({ enum: DEPARTMENTS, description: 'The department this part is for (each part another one).' })
  @IsDefined()
  @IsIn(DEPARTMENTS)
  department!: string;

  @ApiPropertyOptional({ description: 'Pseudonymous id of the part’s handler; none: the part waits in the department’s queue.' })
  @IsOptional()
  @IsString()
  @Matches(HANDLER_ID, { context: { code: 'handler' } })
  handler?: string;
}

export class SplitReportRequestDto {
  @ApiProperty({ type: [SplitPartRequestDto], minItems: 2, maxItems: MAX_SPLIT_PARTS })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_SPLIT_PARTS)
  @ValidateNested({ each: true })
  @Type(() => SplitPartRequestDto)
  parts!: SplitPartRequestDto[];
}
