import { FREE_TEXT, IsEmailAddress, IsName } from '@pb/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PARAGRAPH_ANCHOR_PATTERN, SCALE_MAX, SCALE_MIN } from '@pb/contracts';

// Control characters other than tab and newlines are refused in free text. HTML is allowed as
// text: it is stored as typed and never rendered as markup (clients escape it).

export const RESPONSE_BODY_MAX = 20000;

export class AnswerRequestDto {
  @ApiProperty()
  @IsDefined()
  @IsUUID()
  questionId!: string;

  @ApiPropertyOptional({ description: 'The answer to a free-text question.' })
  @IsOptional()
  @IsString()
  @Length(1, 10000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  answer?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Single choice: the id of the chosen option.' })
  @IsOptional()
  @IsUUID()
  choice?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Multiple choice: the ids of the chosen options.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  choices?: string[];

  @ApiPropertyOptional({ minimum: SCALE_MIN, maximum: SCALE_MAX, description: 'Scale: a whole number from 1 to 5.' })
  @IsOptional()
  @IsInt()
  @Min(SCALE_MIN)
  @Max(SCALE_MAX)
  value?: number;
}

export class AuthorRequestDto {
  @ApiProperty()
  @IsName()
  name!: string;

  @ApiProperty()
  @IsEmailAddress()
  email!: string;
}

export class PassageRequestDto {
  @ApiProperty({ example: 'a3', description: 'The anchor of a paragraph of the proposal (`paragraphs[].anchor` of the proposal).' })
  @IsDefined()
  @Matches(PARAGRAPH_ANCHOR_PATTERN)
  anchor!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The words of the paragraph the response is about.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  quote?: string | null;
}

export class SubmitResponseRequestDto {
  @ApiProperty({ description: 'Plain text; HTML is shown as text.' })
  @IsDefined()
  @IsString()
  @Length(2, RESPONSE_BODY_MAX)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  body!: string;

  @ApiPropertyOptional({ type: [AnswerRequestDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AnswerRequestDto)
  answers?: AnswerRequestDto[];

  @ApiProperty({ type: AuthorRequestDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AuthorRequestDto)
  author!: AuthorRequestDto;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Name of the organisation responded for, or null as an individual.' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  onBehalfOf?: string | null;

  @ApiProperty()
  @IsDefined()
  @IsBoolean()
  public!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Id of the public response this replies to.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ type: PassageRequestDto, nullable: true, description: 'The paragraph of the proposal this response is about.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PassageRequestDto)
  passage?: PassageRequestDto | null;

  @ApiPropertyOptional({ enum: ['nl', 'en'], nullable: true, description: 'The language the respondent wrote in: the confirmation and every later mail (moderation, an extended closing time, the report) come in it; both Dutch and English when not given.' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en' | null;
}

export class ConfirmVerificationRequestDto {
  @ApiProperty({ description: 'The token from the e-mail link.' })
  @IsDefined()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/)
  token!: string;
}

export class SupportRequestDto {
  @ApiProperty()
  @IsEmailAddress()
  email!: string;

  @ApiPropertyOptional({ enum: ['nl', 'en'], nullable: true, description: "The language of the supporter's page: the confirmation mail comes in it; both Dutch and English when not given." })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en' | null;
}
