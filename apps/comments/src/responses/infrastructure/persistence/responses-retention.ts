import { daysOrNever, RetentionTask, tableRetention } from '@pb/persistence';
import type { CommentsEnv } from '../../../config/comments.env';

/**
 * The comments service's own rows that only age: a verification link past its expiry opens nothing
 * (an address in `email_normalised` with it). Rate-limit attempts and idempotency keys are pruned
 * by the tasks libs/http registers for its tables.
 */
export function responsesRetention(env: CommentsEnv): RetentionTask[] {
  return [
    tableRetention({ name: 'comments.verifications', table: 'verifications', column: 'expires_at', horizonSeconds: daysOrNever(env.RETENTION_VERIFICATIONS_DAYS) }),
  ];
}
