import type { RetentionEnv } from '@pb/config';
import { daysOrNever, RetentionTask, tableRetention } from '@pb/persistence';

/**
 * What the outbox and the inbox need not keep (kept apart from the relay on purpose: pruning is
 * no part of publishing). An unsent outbox row is never touched: `sent_at < …` is false for NULL.
 * The inbox horizon must outlast every redelivery of an event: see RETENTION_INBOX_DAYS.
 */
export function messagingRetention(env: RetentionEnv): RetentionTask[] {
  return [
    tableRetention({ name: 'messaging.outbox-sent', table: 'outbox_messages', column: 'sent_at', horizonSeconds: daysOrNever(env.RETENTION_OUTBOX_SENT_DAYS) }),
    tableRetention({ name: 'messaging.inbox', table: 'inbox_messages', column: 'processed_at', horizonSeconds: daysOrNever(env.RETENTION_INBOX_DAYS) }),
  ];
}
