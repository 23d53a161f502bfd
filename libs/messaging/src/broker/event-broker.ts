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
  /**
   * One of `onMessage` and `onBatch`. Resolving commits the offset; rejecting makes the broker
   * redeliver from the first message not yet resolved (the consumer restarts).
   */
  onMessage?: (message: ReceivedMessage) => Promise<void>;
  /**
   * Consecutive messages of one partition, in order, at most `maxBatch` of them: lets a consumer
   * handle several in one database transaction. Resolving commits the last one's offset.
   */
  onBatch?: (messages: ReceivedMessage[]) => Promise<void>;
  /** Largest batch given to `onBatch` (default 200). */
  maxBatch?: number;
  /**
   * Per partition, the first offset NOT to deliver (see `endOffsets`). Messages at or past it are
   * neither delivered nor committed, so a reader can take "what was there when I started" and
   * leave newer messages to the next reader. Partitions not listed are unbounded.
   */
  endOffsets?: Record<number, string>;
  /**
   * Longest time a fetch waits for new messages before it answers empty (default 5 000 ms).
   * Stopping waits for the fetch in flight, so a reader that stops as soon as it has caught up
   * (a replay) asks for a short wait.
   */
  maxWaitMs?: number;
  /**
   * Deliver nothing until the consumer group is stable with at least this many members (or a
   * minute has passed): readers started together then share the partitions from the first message,
   * instead of the first to join taking everything. Heartbeats go on while it waits.
   */
  members?: number;
  /**
   * Most bytes one fetch takes from a partition (kafkajs' default is 1 MiB, about 1 300 of the
   * review's events): a reader with a backlog that wants `maxBatch` larger than that asks for more.
   */
  maxBytesPerPartition?: number;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface TopicSpec {
  topic: string;
  partitions?: number;
}

/**
 * The broker refused messages for good (too large, an invalid topic, not authorized): sending them
 * again would be refused again. Anything else a publish throws is worth another try.
 */
export class PublishRefusedError extends Error {
  constructor(readonly reason: string, override readonly cause?: unknown) {
    super(`refused by the broker: ${reason}`);
    this.name = 'PublishRefusedError';
  }
}

export abstract class EventBroker {
  abstract publish(topic: string, messages: BrokerMessage[]): Promise<void>;
  abstract subscribe(options: SubscribeOptions): Promise<Subscription>;
  abstract ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Throws when the cluster cannot be reached (readiness). */
  abstract ping(): Promise<{ brokers: number }>;
  abstract disconnect(): Promise<void>;
  /**
   * The offset the next message of each partition will get (the high watermark). Lets a replay
   * know when it has caught up with what was there when it started. Optional for brokers.
   */
  async endOffsets(topic: string): Promise<{ partition: number; offset: string }[]> {
    throw new Error(`endOffsets is not supported by this broker (topic ${topic})`);
  }

  /**
   * Per partition, the offset a consumer group has committed (the next one it will read; "-1"
   * where it committed none). Lets a reader outside the group see how far the whole group got.
   * Optional for brokers.
   */
  async committedOffsets(groupId: string, topic: string): Promise<{ partition: number; offset: string }[]> {
    throw new Error(`committedOffsets is not supported by this broker (group ${groupId}, topic ${topic})`);
  }
}
