/** Headers a dead letter carries besides the original message's own. */
export const DeadLetterHeaders = {
  error: 'pb-dlq-error',
  originalTopic: 'pb-dlq-original-topic',
  originalPartition: 'pb-dlq-original-partition',
  originalOffset: 'pb-dlq-original-offset',
  consumerGroup: 'pb-dlq-consumer-group',
  attempts: 'pb-dlq-attempts',
  failedAt: 'pb-dlq-failed-at',
  replayedFrom: 'pb-replayed-from-dlq',
} as const;

export const isDeadLetterHeader = (name: string): boolean => name.startsWith('pb-dlq-');
