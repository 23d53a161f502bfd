import { IdempotencyKeys1763900000070, RateLimitTables1763900000060 } from '@pb/http';
import { MailOutbox1763900000050, MailOutboxHeaders1765100000050, MailOutboxPriority1765000000050, MailOutboxRetention1764000000020 } from '@pb/mail';
import { MessagingRetentionIndexes1764000000010, MessagingTables1763900000000, OutboxParking1764600000000 } from '@pb/messaging';
import { CreateBarrierReports1763900000100 } from './1763900000100-create-barrier-reports';
import { TriageAndHandling1763900000110 } from './1763900000110-triage-and-handling';
import { ReportAuditLog1763900000130 } from './1763900000130-report-audit-log';
import { ReporterEmailHash1763900000150 } from './1763900000150-reporter-email-hash';
import { ContactRetentionAndTrackingLinks1764000000130 } from './1764000000130-contact-retention-and-tracking-links';
import { RegulationCitation1764700000100 } from './1764700000100-regulation-citation';
import { SuggestionChoices1764700000110 } from './1764700000110-suggestion-choices';
import { ReporterMailLinksAndReopening1764800000300 } from './1764800000300-reporter-mail-links-and-reopening';
import { SplitReportsAndOfficialMails1765100000300 } from './1765100000300-split-reports-and-official-mails';

import { RegisterSearch1764800000120 } from './1764800000120-register-search';
import { DeskSavedQueueFilters1765100000400 } from './1765100000400-desk-saved-queue-filters';
import { RoutingRules1765100000200 } from './1765100000200-routing-rules';
import { AnswerAndMailTemplates1765100000210 } from './1765100000210-answer-and-mail-templates';
import { BarrierEndorsements1765100000700 } from './1765100000700-barrier-endorsements';
import { ReportStatusSince1765400000100 } from './1765400000100-report-status-since';
/** Every migration of the loket database, in order. */
export const loketMigrations = [
  MessagingTables1763900000000,
  MailOutbox1763900000050,
  RateLimitTables1763900000060,
  IdempotencyKeys1763900000070,
  CreateBarrierReports1763900000100,
  TriageAndHandling1763900000110,
  ReportAuditLog1763900000130,
  ReporterEmailHash1763900000150,
  MessagingRetentionIndexes1764000000010,
  MailOutboxRetention1764000000020,
  ContactRetentionAndTrackingLinks1764000000130,
  OutboxParking1764600000000,
  RegulationCitation1764700000100,
  SuggestionChoices1764700000110,
  ReporterMailLinksAndReopening1764800000300,
  RegisterSearch1764800000120,
  MailOutboxPriority1765000000050,
  MailOutboxHeaders1765100000050,
  RoutingRules1765100000200,
  AnswerAndMailTemplates1765100000210,
  SplitReportsAndOfficialMails1765100000300,
  DeskSavedQueueFilters1765100000400,
  BarrierEndorsements1765100000700,
  ReportStatusSince1765400000100,
];
