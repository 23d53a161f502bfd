import { AssignReportsHandler } from './application/commands/assign-reports/assign-reports.handler';
import { DeleteSavedFilterHandler } from './application/commands/delete-saved-filter/delete-saved-filter.handler';
import { SaveQueueFilterHandler } from './application/commands/save-queue-filter/save-queue-filter.handler';
import { DepartmentDashboard } from './application/ports/department-dashboard';
import { SavedQueueFilters } from './application/ports/saved-queue-filters';
import { GetDepartmentDashboardHandler } from './application/queries/get-department-dashboard/get-department-dashboard.handler';
import { ListSavedFiltersHandler } from './application/queries/list-saved-filters/list-saved-filters.handler';
import { SqlDepartmentDashboard } from './infrastructure/persistence/department-dashboard.store';
import { SqlSavedQueueFilters } from './infrastructure/persistence/saved-queue-filters.store';
import { DeskController } from './transport/http/desk.controller';
import { PruneExpiredLinksTask } from './application/commands/prune-expired-links/prune-expired-links.task';
import { JudgeAnswerHandler } from './application/commands/judge-answer/judge-answer.handler';
import { ReporterLinkStore } from './application/ports/reporter-link.store';
import { ReporterMailer } from './application/support/reporter-mailer';
import { TypeOrmReporterLinkStore } from './infrastructure/persistence/reporter-link.store.typeorm';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { RoutingModule } from '../routing/routing.module';
import { TemplatesModule } from '../templates/templates.module';
import { CqrsModule } from '@nestjs/cqrs';
import { transactionsProvider } from '@pb/persistence';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EraseEndedContactsTask } from './application/commands/erase-ended-contacts/erase-ended-contacts.task';
import { EraseEndedEndorserContactsTask } from './application/commands/erase-ended-endorser-contacts/erase-ended-endorser-contacts.task';
import { EndorserContactRetention } from './application/ports/endorser-contact-retention';
import { TypeOrmEndorserContactRetention } from './infrastructure/persistence/endorser-contact-retention.typeorm';
import { MarkDuplicateHandler } from './application/commands/mark-duplicate/mark-duplicate.handler';
import { PostOfficialMessageHandler } from './application/commands/post-official-message/post-official-message.handler';
import { PostReporterMessageHandler } from './application/commands/post-reporter-message/post-reporter-message.handler';
import { RequestTrackingLinkHandler } from './application/commands/request-tracking-link/request-tracking-link.handler';
import { ResolveReportHandler } from './application/commands/resolve-report/resolve-report.handler';
import { RemindDeadlinesHandler } from './application/commands/remind-deadlines/remind-deadlines.handler';
import { SplitReportHandler } from './application/commands/split-report/split-report.handler';
import { DeadlineReminders } from './application/ports/deadline-reminders';
import { DepartmentMailboxes } from './application/support/department-mailboxes';
import { OfficialMailer } from './application/support/official-mailer';
import { SqlDeadlineReminders } from './infrastructure/persistence/deadline-reminders.store';
import { DeadlineReminderScheduler } from './transport/schedule/deadline-reminder.scheduler';
import { StartHandlingHandler } from './application/commands/start-handling/start-handling.handler';
import { SubmitReportHandler } from './application/commands/submit-report/submit-report.handler';
import { TriageReportHandler } from './application/commands/triage-report/triage-report.handler';
import { BarrierReportRepository } from './application/ports/barrier-report.repository';
import { ReportAuditLog } from './application/ports/report-audit-log';
import { ReportReadModel } from './application/ports/report-read-model';
import { ReporterContactRetention } from './application/ports/reporter-contact-retention';
import { ReportSuggester } from './application/ports/report-suggester';
import { StrategyThemes } from './application/ports/strategy-themes';
import { GetOfficialReportHandler } from './application/queries/get-official-report/get-official-report.handler';
import { GetRegisterHandler } from './application/queries/get-register/get-register.handler';
import { GetRegisterEntryHandler } from './application/queries/get-register-entry/get-register-entry.handler';
import { GetReportAuditHandler } from './application/queries/get-report-audit/get-report-audit.handler';
import { GetReporterViewHandler } from './application/queries/get-reporter-view/get-reporter-view.handler';
import { ListQueueHandler } from './application/queries/list-queue/list-queue.handler';
import { ReportChanges } from './application/support/report-changes';
import { TrackingLinks } from './application/support/tracking-links';
import { BarrierReportOrmEntity } from './infrastructure/persistence/barrier-report.orm-entity';
import { TypeOrmBarrierReportRepository } from './infrastructure/persistence/barrier-report.typeorm-repository';
import { TypeOrmReportAuditLog } from './infrastructure/persistence/report-audit-log.typeorm';
import { TypeOrmReportReadModel } from './infrastructure/persistence/report-read-model.typeorm';
import { TypeOrmReporterContactRetention } from './infrastructure/persistence/reporter-contact-retention.typeorm';
import { ReporterOrmEntity } from './infrastructure/persistence/reporter.orm-entity';
import { TypeOrmStrategyThemes } from './infrastructure/persistence/strategy-themes.typeorm';
import { SuggestionTrainingStore } from './infrastructure/persistence/suggestion-training.store';
import { RetrainedReportSuggester } from './infrastructure/suggestions/retrained-report-suggester';
import { RegisterController } from './transport/http/register.controller';
import { RefusePrototypeKeysMiddleware } from './transport/http/refuse-prototype-keys.middleware';
import { ReportRateLimitInterceptor } from './transport/http/report-rate-limit.interceptor';
import { ReportsController } from './transport/http/reports.controller';
import { TrackingLinksController } from './transport/http/tracking-links.controller';
import { StrategyVersionPublishedConsumer } from './transport/kafka/strategy-version-published.consumer';
import { EndorseBarrierHandler } from './application/commands/endorse-barrier/endorse-barrier.handler';
import { TellEndorsersHandler } from './application/commands/tell-endorsers/tell-endorsers.handler';
import { WithdrawEndorsementHandler } from './application/commands/withdraw-endorsement/withdraw-endorsement.handler';
import { RegisterCrowd } from './application/ports/register-crowd';
import { FindSimilarEntriesHandler } from './application/queries/find-similar-entries/find-similar-entries.handler';
import { EndorserMailer } from './application/support/endorser-mailer';
import { SqlRegisterCrowd } from './infrastructure/persistence/register-crowd.store';
import { EndorsementsController } from './transport/http/endorsements.controller';
import { BarrierResolvedEndorsersConsumer } from './transport/kafka/barrier-resolved-endorsers.consumer';

export const reportsEntities = [BarrierReportOrmEntity, ReporterOrmEntity];
/** Kafka consumers of this module, for the `loket.strategy` consumer group. */
export const reportsConsumers = [StrategyVersionPublishedConsumer];
/** The loket's own BarrierResolved read back to tell endorsers (`loket.crowd` consumer group). */
export const crowdConsumers = [BarrierResolvedEndorsersConsumer];

@Module({
  imports: [CqrsModule, TypeOrmModule.forFeature(reportsEntities), RoutingModule, TemplatesModule],
  controllers: [ReportsController, RegisterController, EndorsementsController, TrackingLinksController, DeskController],
  providers: [
    ReportRateLimitInterceptor,
    transactionsProvider,
    ReportChanges,
    TrackingLinks,
    ReporterMailer,
    JudgeAnswerHandler,
    SubmitReportHandler,
    RequestTrackingLinkHandler,
    EraseEndedContactsTask,
    EraseEndedEndorserContactsTask,
    PruneExpiredLinksTask,
    TriageReportHandler,
    StartHandlingHandler,
    PostOfficialMessageHandler,
    PostReporterMessageHandler,
    MarkDuplicateHandler,
    ResolveReportHandler,
    SplitReportHandler,
    RemindDeadlinesHandler,
    DeadlineReminderScheduler,
    DepartmentMailboxes,
    OfficialMailer,
    { provide: DeadlineReminders, useClass: SqlDeadlineReminders },
    ListQueueHandler,
    GetOfficialReportHandler,
    GetReporterViewHandler,
    GetRegisterHandler,
    GetRegisterEntryHandler,
    GetReportAuditHandler,
    // The desk (issue 10 item 8).
    GetDepartmentDashboardHandler,
    ListSavedFiltersHandler,
    SaveQueueFilterHandler,
    DeleteSavedFilterHandler,
    AssignReportsHandler,
    { provide: DepartmentDashboard, useClass: SqlDepartmentDashboard },
    { provide: SavedQueueFilters, useClass: SqlSavedQueueFilters },
    StrategyVersionPublishedConsumer,
    // The register's crowd (issue 10, item 7): similar entries, "this is my barrier too".
    FindSimilarEntriesHandler,
    EndorseBarrierHandler,
    WithdrawEndorsementHandler,
    TellEndorsersHandler,
    EndorserMailer,
    BarrierResolvedEndorsersConsumer,
    { provide: RegisterCrowd, useClass: SqlRegisterCrowd },
    { provide: BarrierReportRepository, useClass: TypeOrmBarrierReportRepository },
    { provide: ReportReadModel, useClass: TypeOrmReportReadModel },
    { provide: ReportAuditLog, useClass: TypeOrmReportAuditLog },
    { provide: ReporterLinkStore, useClass: TypeOrmReporterLinkStore },
    { provide: ReporterContactRetention, useClass: TypeOrmReporterContactRetention },
    { provide: EndorserContactRetention, useClass: TypeOrmEndorserContactRetention },
    { provide: StrategyThemes, useClass: TypeOrmStrategyThemes },
    SuggestionTrainingStore,
    // One instance per process: it holds the trained model.
    { provide: ReportSuggester, useClass: RetrainedReportSuggester },
  ],
  exports: [StrategyVersionPublishedConsumer, BarrierResolvedEndorsersConsumer],
})
export class ReportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RefusePrototypeKeysMiddleware).forRoutes(ReportsController, RegisterController, EndorsementsController, TrackingLinksController, DeskController);
  }
}
