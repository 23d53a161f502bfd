import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { Transactions, TypeOrmTransactions } from '@pb/persistence';
import { CqrsModule } from '@nestjs/cqrs';
import type { CommentsEnv } from '../config/comments.env';
import { ConfirmVerificationHandler } from './application/commands/confirm-verification/confirm-verification.handler';
import { FlagResponseHandler } from './application/commands/flag-response/flag-response.handler';
import { ModerateResponseHandler } from './application/commands/moderate-response/moderate-response.handler';
import { RecordClosingExtendedHandler } from './application/commands/record-closing-extended/record-closing-extended.handler';
import { RecordProposalAnsweredHandler } from './application/commands/record-proposal-answered/record-proposal-answered.handler';
import { SubmitResponseHandler } from './application/commands/submit-response/submit-response.handler';
import { SupportResponseHandler } from './application/commands/support-response/support-response.handler';
import { FlagStore } from './application/ports/flag.store';
import { ReadingRoomStore } from './application/ports/reading-room.store';
import { ResponseExportWriter } from './application/ports/response-export.writer';
import { PickReportResponsesHandler } from './application/commands/pick-report-responses/pick-report-responses.handler';
import { ExportResponsesHandler } from './application/queries/export-responses/export-responses.handler';
import { ListReportPicksHandler } from './application/queries/list-report-picks/list-report-picks.handler';
import { ReadResponsesHandler } from './application/queries/read-responses/read-responses.handler';
import { StreamingResponseExportWriter } from './infrastructure/export/response-export.writer';
import { TypeOrmReadingRoomStore } from './infrastructure/persistence/reading-room.store';
import { QuestionResultsController, ReadingRoomController } from './transport/http/reading-room.controller';
import { QuestionResultsHandler } from './application/queries/question-results/question-results.handler';
import { ProposalProjectionStore } from './application/ports/proposal-projection.store';
import { ResponseReadModel } from './application/ports/response-read-model';
import { ResponseRepository } from './application/ports/response.repository';
import { SupportStore } from './application/ports/support.store';
import { VerificationStore } from './application/ports/verification.store';
import { GetModerationQueueHandler } from './application/queries/get-moderation-queue/get-moderation-queue.handler';
import { GetPassageCountsHandler } from './application/queries/get-passage-counts/get-passage-counts.handler';
import { ListPublicResponsesHandler } from './application/queries/list-public-responses/list-public-responses.handler';
import { CommentsSettings } from './application/support/comments.settings';
import { TypeOrmFlagStore } from './infrastructure/persistence/flag.typeorm';
import { TypeOrmProposalProjectionStore } from './infrastructure/persistence/proposal-projection.typeorm';
import { TypeOrmResponseReadModel } from './infrastructure/persistence/response-read-model.typeorm';
import { ResponseOrmEntity } from './infrastructure/persistence/response.orm-entity';
import { TypeOrmResponseRepository } from './infrastructure/persistence/response.typeorm-repository';
import { TypeOrmSupportStore } from './infrastructure/persistence/support.typeorm';
import { TypeOrmVerificationStore } from './infrastructure/persistence/verification.typeorm';
import { CommentsController, ModerationController, ProposalCommentsController } from './transport/http/comments.controller';
import { RateLimitInterceptor } from './transport/http/rate-limit.interceptor';
import { ProposalAnsweredConsumer } from './transport/kafka/proposal-answered.consumer';
import { ProposalClosingExtendedConsumer } from './transport/kafka/proposal-closing-extended.consumer';
import { ProposalProjectionConsumer } from './transport/kafka/proposal-projection.consumer';

import { AnnounceAttachmentTextsHandler } from './application/commands/announce-attachment-texts/announce-attachment-texts.handler';
import { ExtractAttachmentTextHandler } from './application/commands/extract-attachment-text/extract-attachment-text.handler';
import { AttachmentTextExtractor } from './application/ports/attachment-text.extractor';
import { AttachmentStore } from './application/ports/attachment.store';
import { ContentSniffer } from './application/ports/content-sniffer';
import { GetAttachmentHandler } from './application/queries/get-attachment/get-attachment.handler';
import { ListPublicAttachmentsHandler } from './application/queries/list-public-attachments/list-public-attachments.handler';
import { AttachmentSettings } from './application/support/attachment.settings';
import { WorkerAttachmentTextExtractor } from './infrastructure/attachments/attachment-text.extractor';
import { BytesContentSniffer } from './infrastructure/attachments/content-sniffer';
import { TypeOrmAttachmentStore } from './infrastructure/persistence/attachment.store';
import { AttachmentUploadMiddleware } from './transport/http/attachment-upload.middleware';
import { AttachmentsController, ProposalAttachmentsController } from './transport/http/attachments.controller';
import { AttachmentTextPoller } from './transport/scheduler/attachment-text.poller';

/** ORM entities of this module, for the service's data source. */
export const responsesEntities = [ResponseOrmEntity];
/** Kafka consumers of this module, for the `comments.projections` consumer group. */
export const responsesConsumers = [ProposalProjectionConsumer, ProposalAnsweredConsumer, ProposalClosingExtendedConsumer];

@Module({})
export class ResponsesModule implements NestModule {
  /** A response with documents is multipart: read before the guards, the rate limit and the idempotency key look at its body. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AttachmentUploadMiddleware).forRoutes({ path: 'api/proposals/:id/comments/with-attachments', method: RequestMethod.POST });
  }

  static register(env: CommentsEnv): DynamicModule {
    const attachmentSettings: AttachmentSettings = {
      limits: { maxBytes: env.ATTACHMENT_MAX_BYTES, maxFiles: env.ATTACHMENT_MAX_FILES },
      extractionTimeoutMs: env.ATTACHMENT_EXTRACTION_TIMEOUT_MS,
      extractionMemoryMb: env.ATTACHMENT_EXTRACTION_MEMORY_MB,
      maxTextChars: env.ATTACHMENT_TEXT_MAX_CHARS,
      extractionPollMs: env.ATTACHMENT_EXTRACTION_POLL_MS,
    };
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
      controllers: [ReadingRoomController, QuestionResultsController, ProposalAttachmentsController, ProposalCommentsController, CommentsController, ModerationController, AttachmentsController],
      providers: [
        { provide: CommentsSettings, useValue: settings },
        { provide: Transactions, useClass: TypeOrmTransactions },
        { provide: ResponseRepository, useClass: TypeOrmResponseRepository },
        { provide: ProposalProjectionStore, useClass: TypeOrmProposalProjectionStore },
        { provide: VerificationStore, useClass: TypeOrmVerificationStore },
        { provide: SupportStore, useClass: TypeOrmSupportStore },
        { provide: FlagStore, useClass: TypeOrmFlagStore },
        { provide: ResponseReadModel, useClass: TypeOrmResponseReadModel },
        { provide: ReadingRoomStore, useClass: TypeOrmReadingRoomStore },
        { provide: ResponseExportWriter, useClass: StreamingResponseExportWriter },
        { provide: AttachmentSettings, useValue: attachmentSettings },
        { provide: AttachmentStore, useClass: TypeOrmAttachmentStore },
        { provide: ContentSniffer, useClass: BytesContentSniffer },
        { provide: AttachmentTextExtractor, useClass: WorkerAttachmentTextExtractor },
        AttachmentUploadMiddleware,
        ExtractAttachmentTextHandler,
        AnnounceAttachmentTextsHandler,
        GetAttachmentHandler,
        ListPublicAttachmentsHandler,
        AttachmentTextPoller,
        RateLimitInterceptor,
        SubmitResponseHandler,
        ConfirmVerificationHandler,
        SupportResponseHandler,
        FlagResponseHandler,
        ModerateResponseHandler,
        RecordProposalAnsweredHandler,
        RecordClosingExtendedHandler,
        ListPublicResponsesHandler,
        GetPassageCountsHandler,
        GetModerationQueueHandler,
        ReadResponsesHandler,
        QuestionResultsHandler,
        ExportResponsesHandler,
        ListReportPicksHandler,
        PickReportResponsesHandler,
        ...responsesConsumers,
      ],
    };
  }
}
