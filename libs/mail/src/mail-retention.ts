import type { RetentionEnv } from '@pb/config';
import { daysOrNever, RetentionTask, tableRetention } from '@pb/persistence';

/**
 * The mail outbox's rows go: a sent mail's bare record after RETENTION_MAIL_SENT_DAYS (its address
 * and body went at sending, see MailRelay), a mail never sent — the relay gave up on it hours
 * after it was queued — with its address and body after RETENTION_MAIL_UNSENT_DAYS.
 */
export function mailRetention(env: RetentionEnv): RetentionTask[] {
  return [
    tableRetention({ name: 'mail.sent', table: 'mail_outbox', column: 'sent_at', horizonSeconds: daysOrNever(env.RETENTION_MAIL_SENT_DAYS) }),
    tableRetention({ name: 'mail.unsent', table: 'mail_outbox', column: 'created_at', where: 'sent_at IS NULL', horizonSeconds: daysOrNever(env.RETENTION_MAIL_UNSENT_DAYS) }),
  ];
}
