import { MailOutbox1763900000050 } from '@pb/mail';
import { MessagingTables1763900000000, OutboxParking1764600000000 } from '@pb/messaging';
import { CreateBarrierReports1763900000100 } from './1763900000100-create-barrier-reports';
import { TriageAndHandling1763900000110 } from './1763900000110-triage-and-handling';

/** Every migration of the loket database, in order. */
export const loketMigrations = [MessagingTables1763900000000, MailOutbox1763900000050, CreateBarrierReports1763900000100, TriageAndHandling1763900000110, OutboxParking1764600000000];
