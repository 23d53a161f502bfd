import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENT_DEPARTMENTS, SBI_SECTIONS, TECHNOLOGIES } from '@pb/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/**
 * A rule's criteria. Only the form is checked here (strings, not too long): what a value must be
 * (a known department, a BWB id, at least one criterion) is the domain's rule, answered per field
 * with 422 — so the portal's form and the API give the same messages.
 */
export class RuleMatchDto {
  @ApiPropertyOptional({ example: 'BWBR0011468', description: 'The cited regulation’s BWB id.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  bwbId?: string;

  @ApiPropertyOptional({ example: '5', description: 'The cited article ("art. 5", "artikel 5" and "5" are the same).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  article?: string;

  @ApiPropertyOptional({ example: '2.1.2', description: 'The theme the suggester puts first at intake.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  theme?: string;

  @ApiPropertyOptional({ enum: TECHNOLOGIES })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  technology?: string;

  @ApiPropertyOptional({ enum: SBI_SECTIONS, description: 'SBI section letter.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  sector?: string;
}

export class RoutingRuleRequestDto {
  @ApiProperty({ type: RuleMatchDto, description: 'At least one criterion; every criterion given must hold.' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => RuleMatchDto)
  match!: RuleMatchDto;

  @ApiProperty({ enum: CURRENT_DEPARTMENTS })
  @IsDefined()
  @IsString()
  @MaxLength(40)
  department!: string;

  @ApiPropertyOptional({ example: 'privacy-team', description: 'A group of handlers within the department (lowercase letters, digits, hyphens).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  handlerGroup?: string;
}

export class MoveRoutingRuleRequestDto {
  @ApiProperty({ enum: ['up', 'down'] })
  @IsDefined()
  @IsIn(['up', 'down'])
  direction!: 'up' | 'down';
}

export class RuleMatchResponseDto {
  @ApiPropertyOptional()
  bwbId?: string;
  @ApiPropertyOptional()
  article?: string;
  @ApiPropertyOptional()
  theme?: string;
  @ApiPropertyOptional({ enum: TECHNOLOGIES })
  technology?: string;
  @ApiPropertyOptional({ enum: SBI_SECTIONS })
  sector?: string;
}

export class RoutingRuleDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ minimum: 1, description: '1 is looked at first.' })
  position!: number;

  @ApiProperty({ type: RuleMatchResponseDto })
  match!: RuleMatchResponseDto;

  @ApiProperty({ example: 'EZ' })
  department!: string;

  @ApiPropertyOptional()
  handlerGroup?: string;
}

export class RoutingRuleListDto {
  @ApiProperty({ type: [RoutingRuleDto], description: 'In order of precedence.' })
  items!: RoutingRuleDto[];
}
