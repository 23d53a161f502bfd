import { PARAGRAPH_ANCHOR_PATTERN } from '@pb/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PageOptions, PageQueryDto } from '@pb/http';
import { FLAG_REASONS, MODERATION_DECISIONS, MODERATION_REASONS } from '@pb/contracts';
import type { FlagReason, ModerationDecision, ModerationReason } from '@pb/contracts';

export class ModerateRequestDto {
  @ApiProperty({ enum: MODERATION_DECISIONS })
  @IsDefined()
  @IsIn(MODERATION_DECISIONS)
  decision!: ModerationDecision;

  @ApiPropertyOptional({ enum: MODERATION_REASONS, description: 'Required when rejecting; told to the author.' })
  @ValidateIf((o: ModerateRequestDto) => o.decision === 'reject' || o.reason !== undefined)
  @IsDefined()
  @IsIn(MODERATION_REASONS)
  reason?: ModerationReason;
}

export class FlagRequestDto {
  @ApiProperty({ enum: FLAG_REASONS })
  @IsDefined()
  @IsIn(FLAG_REASONS)
  reason!: FlagReason;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  explanation?: string;
}

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

/** A proposal's public responses: top-level responses per page, in (publishedAt, id) order. */
export const RESPONSES_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['timestamp', 'uuid'] };
/** The moderation queue, oldest first, in (submittedAt, id) order. */
export const MODERATION_QUEUE_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['timestamp', 'uuid'] };

/** Ids one request of the public list may name: a URL of 100 ids is about 4 kB, within every proxy's limit. */
export const MAX_RESPONSE_IDS = 100;

export class ListResponsesQueryDto extends PageQueryDto(RESPONSES_PAGE) {
  @ApiPropertyOptional({ example: 'a3', description: 'Only the responses pointing at this paragraph anchor (and their replies).' })
  @IsOptional()
  @Matches(PARAGRAPH_ANCHOR_PATTERN)
  passage?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_RESPONSE_IDS,
    description: `Only these top-level responses (and their replies), those that are public and published; the others are left out, unsaid. Repeat the parameter per id (\`ids=…&ids=…\`), at most ${MAX_RESPONSE_IDS}. A reply's id finds nothing of its own: it travels with its response. The proposal page's link from a topic of the consultation report.`,
  })
  @IsOptional()
  // One `ids=` comes as a string, several as a list: the rules below check a list.
  @Transform(({ value }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMaxSize(MAX_RESPONSE_IDS)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export class QueueQueryDto extends PageQueryDto(MODERATION_QUEUE_PAGE) {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the responses to this proposal.' })
  @IsOptional()
  @IsUUID()
  proposalId?: string;
}
