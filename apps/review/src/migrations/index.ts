import { MessagingTables1763900000000 } from '@pb/messaging';
import { CreateReportFacts1763900000200 } from './1763900000200-create-report-facts';

/** Every migration of the review database, in order. */
export const reviewMigrations = [MessagingTables1763900000000, CreateReportFacts1763900000200];
