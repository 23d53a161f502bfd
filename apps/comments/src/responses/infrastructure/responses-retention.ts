import { daysOrNever, RetentionTask, tableRetention } from '@pb/persistence';
import type { CommentsEnv } from '../../config/comments.env';

/**
 * The comments service's own rows that only age: rate-limit hits outside the sliding window count
 * for nothing (the limiter prunes a key only when that key comes back), and a verification link
 * past its expiry opens nothing (an address in `email_normalised` with it).
 */
export function responsesRetention(env: CommentsEnv): RetentionTask[] {
  return [
    tableRetention({ name: 'comments.rate-limit-hits', table: 'rate_limit_hits', column: 'at', horizonSeconds: env.RATE_LIMIT_WINDOW_SECONDS }),
    tableRetention({ name: 'comments.verifications', table: 'verifications', column: 'expires_at', horizonSeconds: daysOrNever(env.RETENTION_VERIFICATIONS_DAYS) }),
  ];
}
