/**
 * Our own interface to the message broker, so kafkajs (unmaintained since 2023) stays behind one
 * file and can be swapped. Topic names given here are logical; the broker applies the prefix.
 */
export interface BrokerMessage {
  key: string;
  value: Buffer | string;
  headers?: Record<string, string>;
}

export interface ReceivedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  fromBeginning?: boolean;
  /** Resolving commits the offset; rejecting makes the broker redeliver (the consumer restarts). */
  onMessage: (message: ReceivedMessage) => Promise<void>;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface TopicSpec {
  topic: string;
  partitions?: number;
}

export abstract class EventBroker {
  abstract publish(topic: string, messages: BrokerMessage[]): Promise<void>;
  abstract subscribe(options: SubscribeOptions): Promise<Subscription>;
  abstract ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Throws when the cluster cannot be reached (readiness). */
  abstract ping(): Promise<{ brokers: number }>;
  abstract disconnect(): Promise<void>;
}
