import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsBoolean, IsDefined, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { BWB_ID_PATTERN } from '@pb/contracts';
import { FREE_TEXT, IsEmailAddress, IsName } from '@pb/http';
import { CompanyRequestDto } from './submit-report.request.dto';
import { RegisterEntryDto } from './report.response.dto';

/**
 * What the reporter typed so far (the check step of the report form): every field optional; the
 * regulation's name is read by the regulation index ("Wwft" → BWBR0024282). The description is
 * cut by the portal to what fits a URL; enough words to recognise a barrier.
 */
export class SimilarEntriesQueryDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  title?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  description?: string;

  @ApiPropertyOptional({ maxLength: 300, example: 'Wwft' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  regulationName?: string;

  @ApiPropertyOptional({ maxLength: 50, example: '33' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  article?: string;

  @ApiPropertyOptional({ pattern: BWB_ID_PATTERN.source, example: 'BWBR0024282' })
  @IsOptional()
  @Matches(BWB_ID_PATTERN, { context: { code: 'bwb' } })
  bwbId?: string;
}

export class SimilarEntryDto extends RegisterEntryDto {
  @ApiProperty({ enum: ['regulation', 'text'], isArray: true, description: '`regulation`: the same BWB id (and article, where both have one); `text`: enough Dutch stems in common.' })
  matchedOn!: ('regulation' | 'text')[];

  @ApiProperty({ description: 'How many stems of the typed text the entry’s title and explanation share.' })
  sharedTerms!: number;
}

export class SimilarEntriesDto {
  @ApiProperty({ type: [SimilarEntryDto], description: 'At most 5; regulation matches first, then by shared stems, newest first.' })
  items!: SimilarEntryDto[];
}

export class EndorserContactRequestDto {
  @ApiProperty()
  @IsName()
  name!: string;

  @ApiProperty()
  @IsEmailAddress()
  email!: string;
}

export class EndorsementConsentRequestDto {
  @ApiProperty({ description: 'The company agrees to be mailed about this barrier’s outcome (required): its contact is kept for that only.' })
  @IsDefined()
  @IsBoolean()
  @Equals(true)
  contact!: boolean;
}

export class EndorseRequestDto {
  @ApiProperty({ type: CompanyRequestDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CompanyRequestDto)
  company!: CompanyRequestDto;

  @ApiProperty({ type: EndorserContactRequestDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => EndorserContactRequestDto)
  contact!: EndorserContactRequestDto;

  @ApiProperty({ type: EndorsementConsentRequestDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => EndorsementConsentRequestDto)
  consent!: EndorsementConsentRequestDto;
}

export class EndorsedResponseDto {
  @ApiProperty({ example: 'LKT-2026-000123' })
  reference!: string;
}

export class WithdrawEndorsementRequestDto {
  @ApiProperty({ description: 'The token of the withdrawal link in the endorser’s mail.' })
  @IsDefined()
  @IsString()
  @MaxLength(200)
  token!: string;
}
