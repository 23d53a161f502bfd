import { MessagingTables1763900000000, OutboxParking1764600000000 } from '@pb/messaging';
import { CreateProposals1763900000300 } from './1763900000300-create-proposals';

/** Every migration of the proposals database, in order. */
export const proposalsMigrations = [MessagingTables1763900000000, CreateProposals1763900000300, OutboxParking1764600000000];
