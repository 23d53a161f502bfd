import { MessagingTables1763900000000 } from '@pb/messaging';
import { CreateBarrierReports1763900000100 } from './1763900000100-create-barrier-reports';

/** Every migration of the loket database, in order. */
export const loketMigrations = [MessagingTables1763900000000, CreateBarrierReports1763900000100];
