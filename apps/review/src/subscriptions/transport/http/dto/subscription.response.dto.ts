import { ApiProperty } from '@nestjs/swagger';
import { FEED_ITEM_KINDS } from '../../../domain/feed-item';
import { TOPIC_KINDS } from '../../../domain/topic';

export class SubscriptionAcceptedDto {
  @ApiProperty({ enum: ['accepted'], description: 'The same whether or not the address was subscribed already; a confirmation mail is on its way.' })
  status!: 'accepted';
}

export class TopicDto {
  @ApiProperty({ enum: TOPIC_KINDS })
  kind!: string;

  @ApiProperty({ example: '1.4' })
  ref!: string;
}

export class SubscriptionConfirmedDto {
  @ApiProperty({ enum: ['confirmed'] })
  status!: 'confirmed';

  @ApiProperty({ type: TopicDto })
  topic!: TopicDto;
}

export class UnsubscribedDto {
  @ApiProperty({ enum: ['unsubscribed'] })
  status!: 'unsubscribed';
}

export class FeedItemDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: FEED_ITEM_KINDS })
  kind!: string;

  @ApiProperty({ description: 'The proposal id, the register reference or the review year.' })
  subjectRef!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'The public page, as a path of the portal.', example: '/consultaties/0b9e…' })
  path!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;
}

export class FeedDto {
  @ApiProperty({ type: TopicDto })
  topic!: TopicDto;

  @ApiProperty({ type: [FeedItemDto], description: 'Newest first, at most 50.' })
  items!: FeedItemDto[];
}
