import { IdempotencyKeys1763900000070, RateLimitTables1763900000060 } from '@pb/http';
import { MailOutbox1763900000050, MailOutboxHeaders1765100000050, MailOutboxPriority1765000000050, MailOutboxRetention1764000000020 } from '@pb/mail';
import { MessagingRetentionIndexes1764000000010, MessagingTables1763900000000, OutboxParking1764600000000 } from '@pb/messaging';
import { CreateReportFacts1763900000200 } from './1763900000200-create-report-facts';
import { ReviewProjections1763900000210 } from './1763900000210-review-projections';
import { ConsultationFacts1763900000220 } from './1763900000220-consultation-facts';
import { ReviewJobParts1763900000230 } from './1763900000230-review-job-parts';
import { ErasureRequests1763900000240 } from './1763900000240-erasure-requests';
import { ReviewDocuments1763900000260 } from './1763900000260-review-documents';
import { Indicators1764700000300 } from './1764700000300-indicators';
import { ReviewNarratives1764700000310 } from './1764700000310-review-narratives';
import { ReportAnswerBy1764700000320 } from './1764700000320-report-answer-by';
import { ReviewDocumentsPerLanguage1764700000330 } from './1764700000330-review-documents-per-language';
import { RegulationIndex1764800000400 } from './1764800000400-regulation-index';
import { Subscriptions1764800000410 } from './1764800000410-subscriptions';
import { ReportSatisfaction1765100000420 } from './1765100000420-report-satisfaction';
import { ConsultationAnalyses1765300000300 } from './1765300000300-consultation-analyses';
import { ReplayFigureChanges1765400000100 } from './1765400000100-replay-figure-changes';
import { IndicatorsWithoutQuote1765450000300 } from './1765450000300-indicators-without-quote';
import { LockFreeProjections1765200000430 } from './1765200000430-lock-free-projections';
import { ReportEndorsements1765300000100 } from './1765300000100-report-endorsements';

/** Every migration of the review database, in order. */
export const reviewMigrations = [
  MessagingTables1763900000000,
  IdempotencyKeys1763900000070,
  CreateReportFacts1763900000200,
  ReviewProjections1763900000210,
  ConsultationFacts1763900000220,
  ReviewJobParts1763900000230,
  ErasureRequests1763900000240,
  ReviewDocuments1763900000260,
  MessagingRetentionIndexes1764000000010,
  OutboxParking1764600000000,
  Indicators1764700000300,
  ReviewNarratives1764700000310,
  ReportAnswerBy1764700000320,
  ReviewDocumentsPerLanguage1764700000330,
  RegulationIndex1764800000400,
  // The review mails subscribers since issue 12 item 7 (TypeORM runs them by timestamp, pending ones too).
  MailOutbox1763900000050,
  MailOutboxRetention1764000000020,
  RateLimitTables1763900000060,
  Subscriptions1764800000410,
  MailOutboxPriority1765000000050,
  MailOutboxHeaders1765100000050,
  ReportSatisfaction1765100000420,
  LockFreeProjections1765200000430,
  ReportEndorsements1765300000100,
  ConsultationAnalyses1765300000300,
  ReplayFigureChanges1765400000100,
  IndicatorsWithoutQuote1765450000300,
];
