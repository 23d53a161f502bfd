import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { FREE_TEXT } from '@pb/http';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { TRANSLATION_LANGUAGES, TranslationLanguage } from '../../../domain/proposal-translation';
import { CreateProposalRequestDto, ProposalQuestionRequestDto } from './create-proposal.request.dto';

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

/** A question's text in another language: the Dutch question's `text` field, and which question it translates. */
export class TranslatedQuestionRequestDto extends PickType(ProposalQuestionRequestDto, ['text'] as const) {
  @ApiProperty({ format: 'uuid', description: 'The question it translates.' })
  @IsDefined()
  @IsUUID()
  id!: string;

  @ApiPropertyOptional({ type: [TranslatedOptionRequestDto], description: 'Labels of the options (a choice question); one left out is shown in Dutch.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TranslatedOptionRequestDto)
  options?: TranslatedOptionRequestDto[];
}

/**
 * A proposal's text in another language; a question left out is shown in Dutch. Title, summary and
 * body are the Dutch text's fields (PickType copies their validation and documentation), so the
 * limits cannot drift apart.
 */
export class TranslateProposalRequestDto extends PickType(CreateProposalRequestDto, ['title', 'summary', 'body'] as const) {
  @ApiPropertyOptional({ type: [TranslatedQuestionRequestDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TranslatedQuestionRequestDto)
  questions?: TranslatedQuestionRequestDto[];
}
