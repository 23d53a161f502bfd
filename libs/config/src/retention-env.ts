import { IsInt, Max, Min } from 'class-validator';

/**
 * How long each service keeps operational rows that may carry personal data or only grow (AVG
 * art. 5(1)(e): no longer than needed). Every horizon is in days; 0 means "never prune" for a
 * deployment that must keep a table (e.g. topics kept forever, see RETENTION_INBOX_DAYS).
 * CommonEnv extends this class, so every service reads the same names.
 */
export class RetentionEnv {
  /** How often the pruner runs in each process (the replicas take turns by an advisory lock). */
  @IsInt()
  @Min(10)
  @Max(86_400)
  RETENTION_INTERVAL_SECONDS: number = 900;

  /** Rows deleted per statement: short transactions, short locks. */
  @IsInt()
  @Min(1)
  @Max(100_000)
  RETENTION_BATCH_SIZE: number = 1000;

  /** Statements per table per run: a backlog is worked off over several runs, never in one long one. */
  @IsInt()
  @Min(1)
  @Max(10_000)
  RETENTION_MAX_BATCHES: number = 20;

  /** Outbox rows published to Kafka this many days ago. Nothing reads a sent row again. */
  @IsInt()
  @Min(0)
  RETENTION_OUTBOX_SENT_DAYS: number = 7;

  /**
   * Inbox rows (the exactly-once guard) processed this many days ago. A redelivery of an event can
   * come as long as the event is still in a topic: the topic itself or its dead-letter topic (a
   * replay puts it back on the topic), each kept `log.retention.hours` = 168 h (7 days) by the
   * brokers of infra/. Worst case a dead letter is replayed 7 days after it was parked and read from
   * the topic up to 7 days later: 14 days. (A group that lost its offsets rereads only what is
   * still in the topic: within the same bound.) 30 leaves a margin; raise it with the topic
   * retention, and set 0 where topics are kept forever.
   */
  @IsInt()
  @Min(0)
  RETENTION_INBOX_DAYS: number = 30;

  /** Sent mails, already stripped of address and body at sending: the bare delivery record. */
  @IsInt()
  @Min(0)
  RETENTION_MAIL_SENT_DAYS: number = 30;

  /**
   * Mails never sent, created this many days ago: the relay gives up after its last attempt (some
   * hours), so by then the row only keeps an address and a body that will never go out.
   */
  @IsInt()
  @Min(0)
  RETENTION_MAIL_UNSENT_DAYS: number = 14;
}
