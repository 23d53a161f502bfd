import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FREE_TEXT } from '@pb/http';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { TRANSLATION_LANGUAGES, TranslationLanguage } from '../../../domain/proposal-translation';

export class TranslationParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: TRANSLATION_LANGUAGES, description: 'The language of the translation (Dutch is the original).' })
  @IsIn(TRANSLATION_LANGUAGES)
  lang!: TranslationLanguage;
}

export class TranslatedOptionRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The option of the question it translates.' })
  @IsDefined()
  @IsUUID()
  id!: string;

  @ApiProperty()
  @IsDefined()
  @IsString()
  @Length(1, 300)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  label!: string;
}

export class TranslatedQuestionRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The question it translates.' })
  @IsDefined()
  @IsUUID()
  id!: string;

  @ApiProperty()
  @IsDefined()
  @IsString()
  @Length(3, 1000)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  text!: string;

  @ApiPropertyOptional({ type: [TranslatedOptionRequestDto], description: 'Labels of the options (a choice question); one left out is shown in Dutch.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TranslatedOptionRequestDto)
  options?: TranslatedOptionRequestDto[];
}

/** A proposal's text in another language; a question left out is shown in Dutch. The same limits as the Dutch text. */
export class TranslateProposalRequestDto {
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

  @ApiPropertyOptional({ type: [TranslatedQuestionRequestDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TranslatedQuestionRequestDto)
  questions?: TranslatedQuestionRequestDto[];
}
