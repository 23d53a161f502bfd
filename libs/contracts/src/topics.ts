/**
 * Kafka topics: one per aggregate type, keyed by aggregate id so one aggregate's events stay in
 * order. Dead letters go to `<topic>.dlq`. A deployment may prefix every name (KAFKA_TOPIC_PREFIX),
 * which the messaging library applies; these are the logical names.
 */
export const Topics = {
  barrierReports: 'loket.barrier-reports',
  proposals: 'consultation.proposals',
  comments: 'consultation.comments',
  strategyVersions: 'strategy.versions',
  reviews: 'review.reviews',
  amendments: 'review.amendments',
  erasures: 'privacy.erasures',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;
