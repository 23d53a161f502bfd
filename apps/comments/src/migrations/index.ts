import { MailOutbox1763900000050 } from '@pb/mail';
import { MessagingTables1763900000000, OutboxParking1764600000000 } from '@pb/messaging';
import { CreateResponses1763900000400 } from './1763900000400-create-responses';

/** Every migration of the comments database, in order. */
export const commentsMigrations = [MessagingTables1763900000000, MailOutbox1763900000050, CreateResponses1763900000400, OutboxParking1764600000000];
