import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { CommentsEnv } from '../config/comments.env';
import { ConfirmVerificationHandler } from './application/commands/confirm-verification/confirm-verification.handler';
import { FlagResponseHandler } from './application/commands/flag-response/flag-response.handler';
import { ModerateResponseHandler } from './application/commands/moderate-response/moderate-response.handler';
import { SubmitResponseHandler } from './application/commands/submit-response/submit-response.handler';
import { SupportResponseHandler } from './application/commands/support-response/support-response.handler';
import { CommentsSettings } from './application/comments.settings';
import { GetModerationQueueHandler, ListPublicResponsesHandler } from './application/queries/response.queries';
import { ProposalProjectionStore } from './infrastructure/proposal-projection.store';
import { ResponseStore } from './infrastructure/response.store';
import { CommentsController, ModerationController, ProposalCommentsController } from './transport/http/comments.controller';
import { RateLimitInterceptor } from './transport/http/rate-limit.interceptor';
import { ProposalAnsweredConsumer } from './transport/kafka/proposal-answered.consumer';
import { ProposalProjectionConsumer } from './transport/kafka/proposal-projection.consumer';

export const responsesConsumers = [ProposalProjectionConsumer, ProposalAnsweredConsumer];

@Module({})
export class ResponsesModule {
  static register(env: CommentsEnv): DynamicModule {
    const settings: CommentsSettings = {
      publicBaseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
      respondentIdSecret: env.RESPONDENT_ID_SECRET,
      pseudonymSecret: env.PSEUDONYM_SECRET,
      verificationTtlHours: env.VERIFICATION_TTL_HOURS,
      rateLimitWindowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      rateLimitPerAddress: env.RATE_LIMIT_PER_ADDRESS,
      rateLimitPerEmail: env.RATE_LIMIT_PER_EMAIL,
    };
    return {
      module: ResponsesModule,
      imports: [CqrsModule],
      controllers: [ProposalCommentsController, CommentsController, ModerationController],
      providers: [
        { provide: CommentsSettings, useValue: settings },
        ProposalProjectionStore,
        ResponseStore,
        RateLimitInterceptor,
        SubmitResponseHandler,
        ConfirmVerificationHandler,
        SupportResponseHandler,
        FlagResponseHandler,
        ModerateResponseHandler,
        ListPublicResponsesHandler,
        GetModerationQueueHandler,
        ...responsesConsumers,
      ],
    };
  }
}
