import { MessagingTables1763900000000, OutboxParking1764600000000 } from '@pb/messaging';
import { CreateReportFacts1763900000200 } from './1763900000200-create-report-facts';
import { ReviewProjections1763900000210 } from './1763900000210-review-projections';
import { ConsultationFacts1763900000220 } from './1763900000220-consultation-facts';
import { ReviewJobParts1763900000230 } from './1763900000230-review-job-parts';

/** Every migration of the review database, in order. */
export const reviewMigrations = [MessagingTables1763900000000, CreateReportFacts1763900000200, ReviewProjections1763900000210, ConsultationFacts1763900000220, ReviewJobParts1763900000230, OutboxParking1764600000000];
