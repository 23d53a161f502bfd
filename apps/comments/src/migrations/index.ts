import { MailOutbox1763900000050, MailOutboxRetention1764000000020 } from '@pb/mail';
import { MessagingRetentionIndexes1764000000010, MessagingTables1763900000000 } from '@pb/messaging';
import { CreateResponses1763900000400 } from './1763900000400-create-responses';

/** Every migration of the comments database, in order. */
export const commentsMigrations = [MessagingTables1763900000000, MailOutbox1763900000050, CreateResponses1763900000400, MessagingRetentionIndexes1764000000010, MailOutboxRetention1764000000020];
