import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES } from '@pb/i18n';
import { IsDefined, IsString, MaxLength } from 'class-validator';
import { ANSWER_PURPOSES } from '../../../domain/answer-template';
import { MAIL_TYPES } from '../../../domain/mail-template';

/**
 * Only the form is checked here (strings, not absurdly long): what a text must be (a known
 * purpose, known placeholders, within its length) is the domain's rule, answered per field with
 * 422 — the same messages on the admin's page and in the API.
 */
export class AnswerTemplateRequestDto {
  @ApiProperty({ enum: ANSWER_PURPOSES, description: 'An outcome, or `question` (asking the reporter).' })
  @IsDefined()
  @IsString()
  @MaxLength(40)
  purpose!: string;

  @ApiProperty({ example: 'Uitleg: de regel blijft' })
  @IsDefined()
  @IsString()
  @MaxLength(400)
  title!: string;

  @ApiProperty({ example: 'Uw melding {reference} over {regulation} is bekeken door {department}.', description: 'Placeholders: {reference}, {regulation}, {department}.' })
  @IsDefined()
  @IsString()
  @MaxLength(20000)
  body!: string;
}

export class AnswerTemplateDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ANSWER_PURPOSES })
  purpose!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  body!: string;
}

export class AnswerTemplateListDto {
  @ApiProperty({ type: [AnswerTemplateDto] })
  items!: AnswerTemplateDto[];
}

export class MailTemplateRequestDto {
  @ApiProperty({ example: 'Ontvangstbevestiging melding {reference}' })
  @IsDefined()
  @IsString()
  @MaxLength(1000)
  subject!: string;

  @ApiProperty({ description: 'The part between the greeting and the personal link; the placeholders of the mail type only.' })
  @IsDefined()
  @IsString()
  @MaxLength(20000)
  body!: string;
}

export class MailTemplateTextDto {
  @ApiProperty()
  subject!: string;

  @ApiProperty()
  body!: string;
}

export class MailTemplateDto extends MailTemplateTextDto {
  @ApiProperty({ enum: MAIL_TYPES })
  type!: string;

  @ApiProperty({ enum: LANGUAGES })
  language!: string;

  @ApiProperty({ description: 'True: an admin’s rewrite is sent; false: the catalogue’s text.' })
  overridden!: boolean;

  @ApiProperty({ type: [String], example: ['reference', 'answerBy'], description: 'The placeholders this mail type offers, written {name}.' })
  placeholders!: string[];

  @ApiProperty({ type: MailTemplateTextDto, description: 'The catalogue’s text.' })
  catalogue!: MailTemplateTextDto;
}

export class MailTemplateListDto {
  @ApiProperty({ type: [MailTemplateDto] })
  items!: MailTemplateDto[];
}
