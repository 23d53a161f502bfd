import { Body, Controller, Get, HttpCode, Param, Post, Req, UseInterceptors } from '@nestjs/common';
import type { Request } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ApiProblems, Idempotent, languageOf } from '@pb/http';
import type { FeedItem } from '../../domain/feed-item';
import { ConfirmSubscriptionCommand } from '../../application/commands/confirm-subscription/confirm-subscription.command';
import { SubscribeCommand } from '../../application/commands/subscribe/subscribe.command';
import { UnsubscribeCommand } from '../../application/commands/unsubscribe/unsubscribe.command';
import { GetFeedQuery } from '../../application/queries/get-feed/get-feed.query';
import { SubscribeRequestDto, SubscriptionTokenRequestDto, TopicParamsDto } from './dto/subscription.request.dto';
import { FeedDto, SubscriptionAcceptedDto, SubscriptionConfirmedDto, UnsubscribedDto } from './dto/subscription.response.dto';
import { SubscribeRateLimitInterceptor } from './subscribe-rate-limit.interceptor';

/**
 * Subscriptions by e-mail (double opt-in, one-click unsubscribe) and the news per topic that the
 * portal serves as Atom feeds. Anonymous by nature: subscribing answers the same whether or not
 * the address already follows the topic.
 */
@ApiTags('subscriptions')
@Controller('api/review')
export class SubscriptionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('subscriptions')
  @HttpCode(202)
  @UseInterceptors(SubscribeRateLimitInterceptor)
  @Idempotent()
  @ApiAcceptedResponse({ type: SubscriptionAcceptedDto, description: 'A confirmation mail is queued; nothing is sent about the topic until it is confirmed.' })
  @ApiTooManyRequestsResponse({ description: 'Over an abuse limit: problem+json, with `Retry-After` (seconds). Nothing was stored or mailed.' })
  @ApiProblems(400, 413, 422, 429)
  async subscribe(@Body() body: SubscribeRequestDto, @Req() req: Request): Promise<SubscriptionAcceptedDto> {
    // Without `language`, the mails follow the request's Accept-Language (Dutch by default).
    await this.commands.execute(new SubscribeCommand(body.email, body.topicKind, body.topicRef, body.language ?? languageOf(req.headers['accept-language'])));
    return { status: 'accepted' };
  }

  @Post('subscriptions/confirmations')
  @HttpCode(200)
  @ApiOkResponse({ type: SubscriptionConfirmedDto })
  @ApiProblems(400, 404, 413)
  async confirm(@Body() body: SubscriptionTokenRequestDto): Promise<SubscriptionConfirmedDto> {
    const topic = await this.commands.execute(new ConfirmSubscriptionCommand(body.token));
    return { status: 'confirmed', topic };
  }

  @Post('subscriptions/cancellations')
  @HttpCode(200)
  @ApiOkResponse({ type: UnsubscribedDto, description: 'Also when the subscription was cancelled before (one-click unsubscribe may arrive twice).' })
  @ApiProblems(400, 404, 413)
  async unsubscribe(@Body() body: SubscriptionTokenRequestDto): Promise<UnsubscribedDto> {
    await this.commands.execute(new UnsubscribeCommand(body.token));
    return { status: 'unsubscribed' };
  }

  @Get('feeds/:kind/:ref')
  @ApiOkResponse({ type: FeedDto })
  // 422: a kind and a reference that each look right but do not belong together (`barrier/1.4`).
  @ApiProblems(400, 422)
  async feed(@Param() params: TopicParamsDto): Promise<FeedDto> {
    const items: FeedItem[] = await this.queries.execute(new GetFeedQuery(params.kind, params.ref));
    return { topic: { kind: params.kind, ref: params.ref }, items: items.map(({ id, kind, subjectRef, title, path, occurredAt }) => ({ id, kind, subjectRef, title, path, occurredAt })) };
  }
}
