import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FREE_TEXT, PageOptions, PageQueryDto } from '@pb/http';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ATTACHMENT_KINDS, TEXT_STATUSES } from '../../../domain/attachment-rules';
import { READING_ROOM_STATUSES, ReadingRoomFilter, ReadingRoomStatus } from '../../../domain/reading-room-filter';
import { EXPORT_FORMATS, ExportFormat } from '../../../application/ports/response-export.writer';
import { BODY_QUESTION, STANCES, type Stance } from '../../../../shared/domain/stance';

/** The reading room, in (submittedAt, id) order. */
export const READING_ROOM_PAGE: PageOptions = { defaultLimit: 25, maxLimit: 100, key: ['timestamp', 'uuid'] };

const BOOLEAN = ['true', 'false'] as const;
/** A theme of an analysis: `t` and its number (ConsultationAnalysis hands them out). */
const THEME_ID = /^t\d{1,4}$/;
/** A question's id, or `body` (the response's main text). */
const STANCE_QUESTION = /^(body|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The reading room's filters as query parameters (the list and the export take the same). */
export class ReadingRoomFilterDto extends PageQueryDto(READING_ROOM_PAGE) {
  @ApiPropertyOptional({ description: 'Full-text search (Dutch stemming; `"a phrase"`, `or`, `-without`).', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(FREE_TEXT, { context: { code: 'text' } })
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only responses that answered this question.' })
  @IsOptional()
  @IsUUID()
  questionId?: string;

  @ApiPropertyOptional({ description: 'With `questionId`: only responses that chose this option (its id) or scale value.', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9-]+$/, { context: { code: 'text' } })
  answer?: string;

  @ApiPropertyOptional({ enum: BOOLEAN, description: '`true`: on behalf of an organisation; `false`: as an individual.' })
  @IsOptional()
  @IsIn(BOOLEAN)
  organisation?: 'true' | 'false';

  @ApiPropertyOptional({ enum: BOOLEAN, description: 'Public or not.' })
  @IsOptional()
  @IsIn(BOOLEAN)
  public?: 'true' | 'false';

  @ApiPropertyOptional({ enum: READING_ROOM_STATUSES })
  @IsOptional()
  @IsIn(READING_ROOM_STATUSES)
  status?: ReadingRoomStatus;

  @ApiPropertyOptional({ enum: BOOLEAN, description: '`true`: no replies to other responses.' })
  @IsOptional()
  @IsIn(BOOLEAN)
  topLevel?: 'true' | 'false';

  @ApiPropertyOptional({ enum: BOOLEAN, description: '`true`: with an attachment (a position paper); `false`: without.' })
  @IsOptional()
  @IsIn(BOOLEAN)
  attachment?: 'true' | 'false';

  @ApiPropertyOptional({ pattern: THEME_ID.source, example: 't2', description: "Only responses in this theme of the proposal's current analysis: the signed-off one if there is one, else the newest in review (its `themes` in the answer)." })
  @IsOptional()
  @IsString()
  @Matches(THEME_ID, { context: { code: 'analysisTheme' } })
  themeId?: string;

  @ApiPropertyOptional({ enum: STANCES, description: 'Only responses that the current analysis read this stance in, on `stanceQuestionId`.' })
  @IsOptional()
  @IsIn(STANCES)
  stance?: Stance;

  @ApiPropertyOptional({ description: `With \`stance\`: the question (its id) the stance is on, or \`${BODY_QUESTION}\` (the response's main text; the default).`, example: BODY_QUESTION })
  @IsOptional()
  @IsString()
  @Matches(STANCE_QUESTION, { context: { code: 'stanceQuestion' } })
  stanceQuestionId?: string;
}

export class ExportQueryDto extends ReadingRoomFilterDto {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsDefined()
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;
}

const bool = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');

export function filterOf(q: ReadingRoomFilterDto): ReadingRoomFilter {
  return { text: q.q, questionId: q.questionId, answer: q.answer, organisation: bool(q.organisation), public: bool(q.public), status: q.status, topLevel: bool(q.topLevel), attachment: bool(q.attachment), themeId: q.themeId, stance: q.stance, stanceQuestionId: q.stanceQuestionId?.toLowerCase() };
}

export class ReportPickRequestDto {
  @ApiProperty({ minimum: 1, maximum: 50, description: 'The topic of the report form these responses are for (1, 2, 3 …).' })
  @IsDefined()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  slot!: number;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  responseIds!: string[];

  @ApiProperty({ enum: ['add', 'remove'] })
  @IsDefined()
  @IsIn(['add', 'remove'])
  action!: 'add' | 'remove';
}

export class ReadingRoomAnswerDto {
  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiProperty({ description: 'Free text; an option id (single choice); option ids (multiple choice); 1–5 (scale).', oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'integer' }] })
  answer!: unknown;
}

export class ReadingRoomAttachmentDto {
  @ApiProperty({ format: 'uuid', description: 'Download: `GET /api/comments/attachments/{id}` (with the coordinator\'s token).' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ enum: TEXT_STATUSES, description: '`pending`: its text is being read; `extracted`: searchable; `encrypted` / `unreadable`: no text.' }) textStatus!: string;
}

export class ResponseStanceDto {
  @ApiProperty({ description: `A question's id, or \`${BODY_QUESTION}\`: the response's main text.` }) questionId!: string;
  @ApiProperty({ enum: STANCES }) stance!: string;
}

export class ResponseAnalysisDto {
  @ApiProperty({ nullable: true, type: String, description: 'Its theme (see the page\'s `analysis.themes`); null: in no theme.' }) themeId!: string | null;
  @ApiProperty({ type: [ResponseStanceDto] }) stances!: ResponseStanceDto[];
}

export class ReadingRoomThemeDto {
  @ApiProperty({ example: 't1' }) id!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null: the coordinator rejected the label and has not named the theme yet.' }) label!: string | null;
  @ApiProperty({ type: [String], description: 'Its distinguishing words.' }) terms!: string[];
}

export class ReadingRoomAnalysisDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['review', 'signed-off'], description: 'The signed-off analysis if there is one, else the newest in review.' }) status!: string;
  @ApiProperty({ type: [ReadingRoomThemeDto] }) themes!: ReadingRoomThemeDto[];
  @ApiProperty({ type: [String], description: `The questions it read stances on (and \`${BODY_QUESTION}\`).` }) stanceQuestionIds!: string[];
}

export class ReadingRoomResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ enum: READING_ROOM_STATUSES }) status!: string;
  @ApiProperty() public!: boolean;
  @ApiProperty({ description: 'Plain text: escape it.' }) body!: string;
  @ApiProperty({ type: [ReadingRoomAnswerDto] }) answers!: ReadingRoomAnswerDto[];
  @ApiProperty({ nullable: true, type: String }) onBehalfOf!: string | null;
  @ApiProperty() supportCount!: number;
  @ApiProperty() flagCount!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ type: [ReadingRoomAttachmentDto], description: 'Its documents (position papers).' }) attachments!: ReadingRoomAttachmentDto[];
  @ApiProperty({ type: ResponseAnalysisDto, nullable: true, description: "Where the current analysis (the page's `analysis`) put it; null when it was not analysed there (or there is no analysis)." }) analysis!: ResponseAnalysisDto | null;
}

export class ReadingRoomQuestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
}

export class ReadingRoomPageDto {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ description: 'Responses matching the filter, over every page. Without a filter always exact; with one counted up to 10 000 (then `totalExact` is false and this is 10 000).' }) total!: number;
  @ApiProperty({ description: 'False when a filter matches more than 10 000 responses: `total` is then a lower bound.' }) totalExact!: boolean;
  @ApiProperty({ type: [ReadingRoomQuestionDto] }) questions!: ReadingRoomQuestionDto[];
  @ApiProperty({ type: ReadingRoomAnalysisDto, nullable: true, description: 'The analysis the `themeId` and `stance` filters read; null when there is none in review or signed off.' }) analysis!: ReadingRoomAnalysisDto | null;
  @ApiProperty({ type: [ReadingRoomResponseDto] }) items!: ReadingRoomResponseDto[];
  @ApiProperty({ nullable: true, type: String }) next!: string | null;
}

export class ReportPickDto {
  @ApiProperty() slot!: number;
  @ApiProperty({ format: 'uuid' }) responseId!: string;
  @ApiProperty({ description: 'The first 160 characters of the response.' }) excerpt!: string;
}

export class ReportPicksDto {
  @ApiProperty({ type: [ReportPickDto] }) items!: ReportPickDto[];
}

export class ResultCountDto {
  @ApiProperty({ description: 'The option id, or the scale value "1" … "5".' }) value!: string;
  @ApiProperty({ description: 'The option as asked, or the scale value.' }) label!: string;
  @ApiProperty() count!: number;
}

export class QuestionResultDto {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: ['text', 'single-choice', 'multiple-choice', 'scale'] }) kind!: string;
  @ApiProperty({ description: 'Responses that answered the question.' }) answered!: number;
  @ApiProperty({ type: [ResultCountDto], description: 'Every option or scale value, chosen or not; empty for free text.' }) counts!: ResultCountDto[];
}

export class QuestionResultsDto {
  @ApiProperty({ type: [QuestionResultDto] }) items!: QuestionResultDto[];
}
