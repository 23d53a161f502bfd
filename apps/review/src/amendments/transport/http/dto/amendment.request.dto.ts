import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { AMENDMENT_KINDS, AmendmentKind, THEME_CODE_PATTERN } from '@pb/contracts';
import { DECISIONS, Decision, EVIDENCE_TYPES, EvidenceType } from '../../../domain/amendment';

export class EvidenceDto {
  @ApiProperty({ enum: EVIDENCE_TYPES })
  @IsIn(EVIDENCE_TYPES)
  type!: EvidenceType;

  /** A report reference (LKT-…) or id, a proposal id or a response id. */
  @ApiProperty({ minLength: 1, maxLength: 100, description: 'A report reference (LKT-…) or id, a proposal id or a response id.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  id!: string;
}

export class ProposeAmendmentRequestDto {
  @ApiProperty({ enum: AMENDMENT_KINDS })
  @IsIn(AMENDMENT_KINDS)
  kind!: AmendmentKind;

  @ApiProperty({ pattern: THEME_CODE_PATTERN.source, example: '1.3' })
  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  themeCode!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'For change-action and retire-action: which action.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  actionIndex?: number;

  @ApiPropertyOptional({ maxLength: 5000, description: 'The new text (not for retire-action).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string;

  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  summary!: string;

  @ApiProperty({ type: [EvidenceDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}

export class DecideAmendmentRequestDto {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision!: Decision;

  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}
