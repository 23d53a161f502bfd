import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MODERATION_MODES, QUESTION_KINDS } from '@pb/contracts';
import { PROPOSAL_STATUSES, WITHDRAWAL_REASONS } from '../../../domain/proposal.aggregate';

/** The answers of the proposals API as OpenAPI schemas (what `proposalView` returns). */

export class QuestionOptionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  label!: string;
}

export class ProposalQuestionDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  text!: string;

  @ApiPropertyOptional({ enum: QUESTION_KINDS, description: 'Absent on questions asked before kinds existed: free text.' })
  kind?: string;

  @ApiPropertyOptional({ type: [QuestionOptionDto], description: 'The options of a choice question.' })
  options?: QuestionOptionDto[];
}

export class ProposalDocumentDto {
  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'uri' })
  url!: string;
}

export class ReportAnswerDto {
  @ApiProperty()
  topic!: string;

  @ApiProperty({ description: 'Markdown.' })
  answer!: string;

  @ApiProperty({ description: 'Safe HTML rendered from `answer`.' })
  answerHtml!: string;

  @ApiProperty({ type: [String] })
  responseIds!: string[];
}

export class ConsultationReportDto {
  @ApiProperty({ description: 'Markdown.' })
  summary!: string;

  @ApiProperty()
  summaryHtml!: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ type: [ReportAnswerDto] })
  answers!: ReportAnswerDto[];
}

export class WithdrawalDto {
  @ApiProperty({ enum: WITHDRAWAL_REASONS })
  reason!: string;

  @ApiProperty()
  explanation!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class ProposalParagraphDto {
  @ApiProperty({ example: 'a3', description: 'Stable anchor: handed out at first publication, kept through corrections of the text (see proposal-text.ts).' })
  anchor!: string;

  @ApiProperty({ description: 'The text version in which this paragraph last changed.' })
  since!: number;

  @ApiProperty({ description: 'Safe HTML of the paragraph.' })
  html!: string;
}

export class TranslatedQuestionDto {
  @ApiProperty({ description: 'The id of the question it translates.' })
  id!: string;

  @ApiProperty()
  text!: string;

  @ApiPropertyOptional({ type: [QuestionOptionDto], description: 'Labels of the options, by option id; an option left out is shown in Dutch.' })
  options?: QuestionOptionDto[];
}

/**
 * The proposal in another language, when a coordinator entered it (issue 11 item 7). The Dutch
 * fields stay the text of record; a question missing here is shown in Dutch. In a list without
 * `body` and `bodyHtml`.
 */
export class ProposalTranslationDto {
  @ApiProperty({ enum: ['en'] })
  lang!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiPropertyOptional({ description: 'Markdown (not in a list).' })
  body?: string;

  @ApiPropertyOptional({ description: 'Safe HTML rendered from `body` (not in a list). One block: its paragraphs carry no anchors, those belong to the Dutch text.' })
  bodyHtml?: string;

  @ApiProperty({ type: [TranslatedQuestionDto] })
  questions!: TranslatedQuestionDto[];

  @ApiProperty({ format: 'date-time', description: 'When it was last entered or corrected.' })
  translatedAt!: string;
}

/** A proposal as listed: without its body and report. */
export class ProposalSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: PROPOSAL_STATUSES })
  status!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ example: '1.3' })
  theme!: string;

  @ApiProperty({ example: '2018.0' })
  strategyVersion!: string;

  @ApiProperty({ format: 'date-time' })
  opensAt!: string;

  @ApiProperty({ format: 'date-time' })
  closesAt!: string;

  @ApiProperty({ enum: MODERATION_MODES })
  moderation!: string;

  @ApiProperty()
  responseCount!: number;

  @ApiProperty({ type: [ProposalQuestionDto] })
  questions!: ProposalQuestionDto[];

  @ApiProperty({ type: [ProposalDocumentDto] })
  documents!: ProposalDocumentDto[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  openedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  answeredAt!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The current text version (1 at publication); null for a draft.' })
  textVersion!: number | null;

  @ApiProperty({ type: WithdrawalDto, nullable: true })
  withdrawal!: WithdrawalDto | null;

  @ApiProperty({ type: ProposalTranslationDto, nullable: true, description: 'The English text, or null when none was entered: show the Dutch, marked as Dutch.' })
  translation!: ProposalTranslationDto | null;
}

/** A proposal in full: Markdown body raw and rendered, and the consultation report once answered. */
export class ProposalDto extends ProposalSummaryDto {
  @ApiProperty({ description: 'Markdown; raw HTML in it is shown as text.' })
  body!: string;

  @ApiProperty({ description: 'Safe HTML rendered from `body`.' })
  bodyHtml!: string;

  @ApiProperty({ type: [ProposalParagraphDto], description: 'The published text per anchored paragraph (empty for a draft).' })
  paragraphs!: ProposalParagraphDto[];

  @ApiProperty({ type: ConsultationReportDto, nullable: true })
  report!: ConsultationReportDto | null;
}

export class ProposalListDto {
  @ApiProperty({ type: [ProposalSummaryDto] })
  items!: ProposalSummaryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}
