import { ApiProperty } from '@nestjs/swagger';
import { IsEmailAddress } from '@pb/http';
import { IsDefined, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TOPIC_KINDS, TOPIC_REF_PATTERN, type TopicKind } from '../../../domain/topic';

/** Someone asks to be mailed about a theme, a regulation or a barrier in the register. */
export class SubscribeRequestDto {
  @ApiProperty({ example: 'lezer@example.nl' })
  @IsEmailAddress()
  email!: string;

  @ApiProperty({ enum: TOPIC_KINDS })
  @IsDefined()
  @IsIn(TOPIC_KINDS)
  topicKind!: TopicKind;

  @ApiProperty({ pattern: TOPIC_REF_PATTERN.source, examples: ['1.4', 'BWBR0024282', 'EU-32016R0679', 'LKT-2026-000123'] })
  @IsDefined()
  @IsString()
  @MaxLength(20)
  @Matches(TOPIC_REF_PATTERN, { context: { code: 'topic' } })
  topicRef!: string;

  @ApiProperty({ enum: ['nl', 'en'], required: false, description: 'The language of the mails; by default the language of the request (Accept-Language).' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en';
}

const TOKEN = /^[A-Za-z0-9._-]{1,200}$/;

/** A token from a confirmation or unsubscribe link. */
export class SubscriptionTokenRequestDto {
  @ApiProperty({ pattern: TOKEN.source })
  @IsDefined()
  @IsString()
  @MaxLength(200)
  @Matches(TOKEN, { context: { code: 'token' } })
  token!: string;
}

export class TopicParamsDto {
  @ApiProperty({ enum: TOPIC_KINDS })
  @IsIn(TOPIC_KINDS)
  kind!: TopicKind;

  @ApiProperty({ pattern: TOPIC_REF_PATTERN.source })
  @MaxLength(20)
  @Matches(TOPIC_REF_PATTERN, { context: { code: 'topic' } })
  ref!: string;
}
