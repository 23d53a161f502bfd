import { FREE_TEXT } from '@pb/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUrl, Length, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { MODERATION_MODES, QUESTION_KINDS, THEME_CODE_PATTERN } from '@pb/contracts';
import type { ModerationMode, QuestionKind } from '@pb/contracts';


export class ProposalQuestionRequestDto {
  @ApiProperty()
  @IsDefined()
  @IsString()
  @Length(3, 1000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  text!: string;

  @ApiPropertyOptional({ enum: QUESTION_KINDS, default: 'text', description: 'Free text (default), one option, any options, or a scale from 1 to 5.' })
  @IsOptional()
  @IsIn(QUESTION_KINDS)
  kind?: QuestionKind;

  @ApiPropertyOptional({ type: [String], description: 'The options of a choice question (2 to 20, each different); none for text and scale.' })
  @ValidateIf((q: ProposalQuestionRequestDto) => q.kind === 'single-choice' || q.kind === 'multiple-choice' || q.options !== undefined)
  @IsDefined()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  @Matches(FREE_TEXT, { each: true, context: { code: 'text' } })
  options?: string[];
}

export class ProposalDocumentRequestDto {
  @ApiProperty()
  @IsDefined()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  title!: string;

  @ApiProperty({ example: 'https://www.rijksoverheid.nl/documenten/rapporten/2018/06/01/nederlandse-digitaliseringsstrategie' })
  @IsDefined()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(2000)
  url!: string;
}

export class CreateProposalRequestDto {
  @ApiProperty()
  @IsDefined()
  @IsString()
  @Length(5, 300)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  title!: string;

  @ApiProperty()
  @IsDefined()
  @IsString()
  @Length(10, 2000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  summary!: string;

  @ApiProperty({ description: 'Markdown; raw HTML is shown as text.' })
  @IsDefined()
  @IsString()
  @Length(10, 100000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  body!: string;

  @ApiProperty({ example: '1.3' })
  @IsDefined()
  @Matches(THEME_CODE_PATTERN, { context: { code: 'theme' } })
  theme!: string;

  @ApiPropertyOptional({ type: [ProposalQuestionRequestDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProposalQuestionRequestDto)
  questions?: ProposalQuestionRequestDto[];

  @ApiPropertyOptional({ type: [ProposalDocumentRequestDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProposalDocumentRequestDto)
  documents?: ProposalDocumentRequestDto[];

  @ApiProperty({ example: '2026-12-01T09:00:00+01:00' })
  @IsDefined()
  @IsISO8601({ strict: true, strictSeparator: true })
  opensAt!: string;

  @ApiProperty({ example: '2027-01-12T23:59:59+01:00' })
  @IsDefined()
  @IsISO8601({ strict: true, strictSeparator: true })
  closesAt!: string;

  @ApiProperty({ enum: MODERATION_MODES })
  @IsDefined()
  @IsIn(MODERATION_MODES)
  moderation!: ModerationMode;
}
