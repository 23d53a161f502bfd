import { IdempotencyKeys1763900000070 } from '@pb/http';
import { MessagingRetentionIndexes1764000000010, MessagingTables1763900000000, OutboxParking1764600000000 } from '@pb/messaging';
import { CreateProposals1763900000300 } from './1763900000300-create-proposals';
import { ProposalTextVersions1765000000300 } from './1765000000300-proposal-text-versions';
import { ProposalTranslations1765100000300 } from './1765100000300-proposal-translations';

/** Every migration of the proposals database, in order. */
export const proposalsMigrations = [MessagingTables1763900000000, IdempotencyKeys1763900000070, CreateProposals1763900000300, MessagingRetentionIndexes1764000000010, OutboxParking1764600000000, ProposalTextVersions1765000000300, ProposalTranslations1765100000300];
