import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { transactionsProvider } from '@pb/persistence';
import { ReviewEnv } from '../config/review.env';
import { EraseSubscriberHandler } from './application/commands/erase-subscriber/erase-subscriber.handler';
import { ConfirmSubscriptionHandler } from './application/commands/confirm-subscription/confirm-subscription.handler';
import { SubscribeHandler } from './application/commands/subscribe/subscribe.handler';
import { UnsubscribeHandler } from './application/commands/unsubscribe/unsubscribe.handler';
import { FeedRecorder } from './application/support/feed-recorder';
import { FeedStore } from './application/ports/feed.store';
import { SubscriptionMailer } from './application/ports/subscription-mailer';
import { SubscriptionSettings } from './application/ports/subscription.settings';
import { SubscriptionStore } from './application/ports/subscription.store';
import { UnsubscribeTokens } from './application/ports/unsubscribe-tokens';
import { GetFeedHandler } from './application/queries/get-feed/get-feed.handler';
import { OutboxSubscriptionMailer } from './infrastructure/mail/subscription-mailer.outbox';
import { SqlFeedStore } from './infrastructure/persistence/feed.store.sql';
import { SqlSubscriptionStore } from './infrastructure/persistence/subscription.store.sql';
import { HmacUnsubscribeTokens } from './infrastructure/unsubscribe-tokens.hmac';
import { SubscribeRateLimitInterceptor } from './transport/http/subscribe-rate-limit.interceptor';
import { SubscriptionsController } from './transport/http/subscriptions.controller';
import { SubscriptionErasureRequestedConsumer } from './transport/kafka/erasure-requested.consumer';
import { SubscriptionProposalPublishedConsumer } from './transport/kafka/proposal-published.consumer';
import { SubscriptionReviewCompiledConsumer } from './transport/kafka/review-compiled.consumer';
import {
  SubscriptionBarrierReportedConsumer,
  SubscriptionBarrierResolvedConsumer,
  SubscriptionBarrierTriagedConsumer,
} from './transport/kafka/report-topics.consumers';

/**
 * Its own consumer group: the news and the mails are not a projection — a replay of the figures
 * must never mail anyone again — and a slow mail never holds up the monitor.
 */
export const SUBSCRIPTIONS_GROUP = 'review.subscriptions';
export const SUBSCRIPTION_CONSUMERS = [
  SubscriptionBarrierReportedConsumer,
  SubscriptionBarrierTriagedConsumer,
  SubscriptionBarrierResolvedConsumer,
  SubscriptionProposalPublishedConsumer,
  SubscriptionReviewCompiledConsumer,
  SubscriptionErasureRequestedConsumer,
];

/** Subscriptions by e-mail and Atom feeds per theme, regulation and register entry (issue 12, item 7). */
@Module({})
export class SubscriptionsModule {
  static register(env: ReviewEnv): DynamicModule {
    const settings: SubscriptionSettings = { pseudonymSecret: env.PSEUDONYM_SECRET, publicBaseUrl: env.PUBLIC_BASE_URL };
    return {
      module: SubscriptionsModule,
      imports: [CqrsModule],
      controllers: [SubscriptionsController],
      providers: [
        { provide: SubscriptionSettings, useValue: settings },
        { provide: ReviewEnv, useValue: env },
        { provide: SubscriptionStore, useClass: SqlSubscriptionStore },
        { provide: FeedStore, useClass: SqlFeedStore },
        { provide: SubscriptionMailer, useClass: OutboxSubscriptionMailer },
        { provide: UnsubscribeTokens, useClass: HmacUnsubscribeTokens },
        transactionsProvider,
        FeedRecorder,
        SubscribeRateLimitInterceptor,
        SubscribeHandler,
        ConfirmSubscriptionHandler,
        UnsubscribeHandler,
        GetFeedHandler,
        EraseSubscriberHandler,
        ...SUBSCRIPTION_CONSUMERS,
      ],
      exports: [...SUBSCRIPTION_CONSUMERS],
    };
  }
}
