import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FLAG_REASONS, RESPONSE_STATUSES } from '@pb/contracts';

/** The answers of the responses API as OpenAPI schemas (what the handlers return). */

export class SubmitResponseResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['awaiting-verification'] })
  status!: string;
}

export class SupportAcceptedDto {
  @ApiProperty({ enum: ['awaiting-verification'], description: 'Counted once confirmed through the link sent by e-mail.' })
  status!: string;
}

export class FlagReceivedDto {
  @ApiProperty({ enum: ['received'] })
  status!: string;
}

export class ModeratedDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: RESPONSE_STATUSES })
  status!: string;
}

export class VerificationConfirmedDto {
  @ApiProperty({ enum: ['response', 'support'] })
  kind!: string;

  @ApiProperty({ format: 'uuid', description: 'The response (for a support: the supported response).' })
  responseId!: string;

  @ApiProperty({ format: 'uuid' })
  proposalId!: string;

  @ApiProperty({ enum: RESPONSE_STATUSES, description: "The response's status after confirming." })
  status!: string;

  @ApiPropertyOptional({ description: 'For a support: the count after confirming.' })
  supportCount?: number;
}

export class PublicAnswerDto {
  @ApiProperty()
  questionId!: string;

  @ApiProperty({ description: 'The question as the proposal asks it.' })
  question!: string;

  @ApiProperty()
  answer!: string;
}

export class ResponsePassageDto {
  @ApiProperty({ example: 'a3' })
  anchor!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The quoted words. Plain text: escape it.' })
  quote!: string | null;

  @ApiProperty({ description: 'The text version of the proposal the response answered.' })
  textVersion!: number;

  @ApiProperty({ description: 'The paragraph changed after that version: the response refers to an earlier version of it.' })
  earlierText!: boolean;

  @ApiProperty({ description: 'The paragraph is no longer in the current text.' })
  removed!: boolean;
}

export class PassageCountDto {
  @ApiProperty({ example: 'a3' })
  anchor!: string;

  @ApiProperty({ description: 'The text version in which the paragraph last changed.' })
  since!: number;

  @ApiProperty({ description: 'Published public responses pointing at the paragraph.' })
  count!: number;

  @ApiProperty({ description: 'Of those, how many answered an earlier version of the paragraph.' })
  onEarlierText!: number;
}

export class PassageCountsDto {
  @ApiProperty({ format: 'uuid' })
  proposalId!: string;

  @ApiProperty({ type: [PassageCountDto], description: 'One per paragraph of the current text, in order.' })
  items!: PassageCountDto[];
}

export class PublicResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Plain text: escape it.' })
  body!: string;

  @ApiProperty({ type: [PublicAnswerDto] })
  answers!: PublicAnswerDto[];

  @ApiProperty({ type: String, nullable: true })
  onBehalfOf!: string | null;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty()
  supportCount!: number;

  @ApiProperty({ type: ResponsePassageDto, nullable: true, description: 'The paragraph of the proposal the response is about.' })
  passage!: ResponsePassageDto | null;

  @ApiProperty({ type: () => [PublicResponseDto] })
  replies!: PublicResponseDto[];
}

export class PublicResponseListDto {
  @ApiProperty({ format: 'uuid' })
  proposalId!: string;

  @ApiProperty()
  total!: number;

  @ApiProperty({ type: [PublicResponseDto] })
  items!: PublicResponseDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}

export class QueueAnswerDto {
  @ApiProperty()
  questionId!: string;

  @ApiProperty()
  answer!: string;
}

export class FlagDto {
  @ApiProperty({ enum: FLAG_REASONS })
  reason!: string;

  @ApiProperty({ type: String, nullable: true })
  explanation!: string | null;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class ModerationItemDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  proposalId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentId!: string | null;

  @ApiProperty({ enum: RESPONSE_STATUSES })
  status!: string;

  @ApiProperty({ enum: ['flagged', 'pre-moderation'] })
  reason!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ type: [QueueAnswerDto] })
  answers!: QueueAnswerDto[];

  @ApiProperty({ type: String, nullable: true })
  authorName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  onBehalfOf!: string | null;

  @ApiProperty()
  public!: boolean;

  @ApiProperty()
  flagCount!: number;

  @ApiProperty({ type: [FlagDto] })
  flags!: FlagDto[];

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;
}

export class ModerationQueueDto {
  @ApiProperty({ type: [ModerationItemDto] })
  items!: ModerationItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}
