import { IdempotencyKeys1763900000070, RateLimitTables1763900000060 } from '@pb/http';
import { MailOutbox1763900000050, MailOutboxHeaders1765100000050, MailOutboxPriority1765000000050, MailOutboxRetention1764000000020 } from '@pb/mail';
import { MessagingRetentionIndexes1764000000010, MessagingTables1763900000000, OutboxParking1764600000000 } from '@pb/messaging';
import { CreateResponses1763900000400 } from './1763900000400-create-responses';
import { PassagesAndProposalLifecycle1765000000400 } from './1765000000400-passages-and-proposal-lifecycle';
import { CountOnlyVerifiedResponses1763900000410 } from './1763900000410-count-only-verified-responses';
import { RespondentEmailHash1763900000450 } from './1763900000450-respondent-email-hash';
import { ReadingRoom1764800000400 } from './1764800000400-reading-room';
import { ResponseAttachments1765100000400 } from './1765100000400-response-attachments';
import { ConsultationAnalysis1765100000400 } from './1765100000400-consultation-analysis';
import { ProposalTitleTranslations1765200000410 } from './1765200000410-proposal-title-translations';
import { AnswerCounts1765400000400 } from './1765400000400-answer-counts';
import { AnswerCountsPerStatement1765500000400 } from './1765500000400-answer-counts-per-statement';
import { ReadingRoomCounts1765500000410 } from './1765500000410-reading-room-counts';
import { AnalysisAssignments1765600000400 } from './1765600000400-analysis-assignments';

/** Every migration of the comments database, in order. */
export const commentsMigrations = [
  MessagingTables1763900000000,
  MailOutbox1763900000050,
  RateLimitTables1763900000060,
  IdempotencyKeys1763900000070,
  CreateResponses1763900000400,
  CountOnlyVerifiedResponses1763900000410,
  RespondentEmailHash1763900000450,
  MessagingRetentionIndexes1764000000010,
  MailOutboxRetention1764000000020,
  OutboxParking1764600000000,
  ReadingRoom1764800000400,
  MailOutboxPriority1765000000050,
  MailOutboxHeaders1765100000050,
  PassagesAndProposalLifecycle1765000000400,
  ResponseAttachments1765100000400,
  ConsultationAnalysis1765100000400,
  ProposalTitleTranslations1765200000410,
  AnswerCounts1765400000400,
  AnswerCountsPerStatement1765500000400,
  ReadingRoomCounts1765500000410,
  AnalysisAssignments1765600000400,
];
