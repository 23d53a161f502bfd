import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { AMENDMENT_KINDS, AmendmentKind, THEME_CODE_PATTERN } from '@pb/contracts';
import { DECISIONS, Decision, EVIDENCE_TYPES, EvidenceType } from '../../../domain/amendment';

export class EvidenceDto {
  @IsIn(EVIDENCE_TYPES)
  type!: EvidenceType;

  /** A report reference (LKT-…) or id, a proposal id or a response id. */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  id!: string;
}

export class ProposeAmendmentRequestDto {
  @IsIn(AMENDMENT_KINDS)
  kind!: AmendmentKind;

  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  themeCode!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  actionIndex?: number;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string;

  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  summary!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];
}

export class DecideAmendmentRequestDto {
  @IsIn(DECISIONS)
  decision!: Decision;

  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}
