import { Admin, Consumer, IHeaders, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { BrokerMessage, EventBroker, PublishRefusedError, ReceivedMessage, SubscribeOptions, Subscription, TopicSpec } from './event-broker';
import { consumerGroupJoins } from '@pb/observability';

export interface KafkaEventBrokerOptions {
  clientId: string;
  brokers: string[];
  topicPrefix: string;
  replicationFactor: number;
  partitions: number;
  logger: Logger;
  /**
   * A consumer that neither fetched, nor handled a batch, nor took part in its group for this long
   * is restarted (default 60 s). kafkajs has been seen to go quiet for good after its group
   * coordinator moved to another broker; nothing is lost by a restart (offsets and the inbox).
   */
  stallTimeoutMs?: number;
}

const headersToStrings = (headers: IHeaders | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v === undefined) continue;
    out[k] = Array.isArray(v) ? String(v[0]) : Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
  }
  return out;
};

type KafkaJsError = Error & { retriable?: boolean; type?: string; cause?: unknown };

/**
 * Why Kafka refused a send for good, or undefined when trying again may work.
 *
 * kafkajs wraps what its retrier gave up on: `KafkaJSNumberOfRetriesExceeded` around a retriable
 * cause (the broker away, a leader moving: transient, however long it took), `KafkaJSNonRetriableError`
 * around a cause the broker will give again (MESSAGE_TOO_LARGE, INVALID_TOPIC_EXCEPTION,
 * RECORD_LIST_TOO_LARGE, INVALID_RECORD, an authorization failure). Its own checks of a request
 * (an invalid topic name, a message without a value) are non-retriable errors without a cause. A
 * producer that is disconnecting is not the message's fault.
 */
export function permanentRefusal(err: unknown): string | undefined {
  let e = err as KafkaJsError | undefined;
  for (let depth = 0; depth < 5 && e?.cause instanceof Error && e.cause !== e; depth++) {
    if (e.name === 'KafkaJSNumberOfRetriesExceeded') return undefined;
    e = e.cause as KafkaJsError;
  }
  if (!e || e.retriable !== false || e.name === 'KafkaJSNumberOfRetriesExceeded') return undefined;
  if (e.name === 'KafkaJSProtocolError') return `${e.type}: ${e.message}`;
  if (e.name === 'KafkaJSNonRetriableError' && !/disconnect|connect/i.test(e.message)) return e.message;
  return undefined;
}

/** The only place that knows kafkajs. */
export class KafkaEventBroker extends EventBroker {
  private readonly kafka: Kafka;
  private producer?: Producer;
  private producerReady?: Promise<Producer>;
  private admin?: Admin;
  private adminReady?: Promise<Admin>;
  private readonly consumers = new Set<Consumer>();
  /** Set by disconnect(): from then on no watchdog restarts a consumer. */
  private closed = false;
  private readonly ensured = new Set<string>();

  constructor(private readonly options: KafkaEventBrokerOptions) {
    super();
    const log = options.logger.child({ component: 'kafkajs' });
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      retry: { initialRetryTime: 200, retries: 8 },
      logLevel: logLevel.WARN,
      logCreator: () => ({ level, log: entry }) => {
        const { message, ...rest } = entry;
        if (level <= logLevel.ERROR) log.error(rest, message);
        else log.warn(rest, message);
      },
    });
  }

  topic(name: string): string {
    return `${this.options.topicPrefix}${name}`;
  }

  private logical(name: string): string {
    return name.startsWith(this.options.topicPrefix) ? name.slice(this.options.topicPrefix.length) : name;
  }

  private getProducer(): Promise<Producer> {
    if (!this.producerReady) {
      const producer = this.kafka.producer({
        createPartitioner: Partitioners.DefaultPartitioner,
        allowAutoTopicCreation: false,
        metadataMaxAge: 15000,
        // One request in flight keeps one aggregate's events in order across retries.
        maxInFlightRequests: 1,
      });
      this.producerReady = producer.connect().then(
        () => (this.producer = producer),
        (err: unknown) => {
          this.producerReady = undefined;
          throw err;
        },
      );
    }
    return this.producerReady;
  }

  // One connect at a time: /health asks every few seconds, and while Kafka is away each ask would
  // otherwise start another client retrying in the background.
  private getAdmin(): Promise<Admin> {
    if (!this.adminReady) {
      const admin = this.kafka.admin();
      this.adminReady = admin.connect().then(
        () => (this.admin = admin),
        (err: unknown) => {
          this.adminReady = undefined;
          void admin.disconnect().catch(() => undefined);
          throw err;
        },
      );
    }
    return this.adminReady;
  }

  async publish(topic: string, messages: BrokerMessage[]): Promise<void> {
    if (!messages.length) return;
    const producer = await this.getProducer();
    try {
      await producer.send({
        topic: this.topic(topic),
        acks: -1,
        messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      });
    } catch (err) {
      const refusal = permanentRefusal(err);
      if (refusal) throw new PublishRefusedError(refusal, err);
      throw err;
    }
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    if (!options.onMessage === !options.onBatch) throw new Error('subscribe takes exactly one of onMessage and onBatch');
    const log = this.options.logger.child({ component: 'consumer', group: options.groupId });
    const stallMs = this.options.stallTimeoutMs ?? 60000;
    let lastSign = Date.now();
    const alive = (): void => void (lastSign = Date.now());
    let consumer = await this.startConsumer(options, alive);
    let stopped = false;
    let restarting = false;
    const watchdog = setInterval(() => {
      if (stopped || this.closed || restarting || Date.now() - lastSign < stallMs) return;
      restarting = true;
      log.warn({ quietForMs: Date.now() - lastSign }, 'consumer made no progress (no fetch, batch or group activity); restarting it');
      const stale = consumer;
      this.consumers.delete(stale);
      void (async () => {
        // A consumer stuck for good may never finish disconnecting; do not wait for it forever.
        await Promise.race([stale.disconnect().catch(() => undefined), new Promise((r) => setTimeout(r, 10000).unref())]);
        while (!stopped && !this.closed) {
          try {
            consumer = await this.startConsumer(options, alive);
            if (stopped || this.closed) await consumer.disconnect();
            break;
          } catch (err) {
            log.error({ err: (err as Error).message }, 'restarting the consumer failed; trying again');
            await new Promise((r) => setTimeout(r, 5000).unref());
          }
        }
        alive();
        restarting = false;
      })();
    }, Math.min(5000, stallMs / 2));
    watchdog.unref();
    return {
      stop: async () => {
        stopped = true;
        clearInterval(watchdog);
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  private async startConsumer(options: SubscribeOptions, alive: () => void): Promise<Consumer> {
    const consumer = this.kafka.consumer({
      groupId: `${this.options.topicPrefix}${options.groupId}`,
      allowAutoTopicCreation: false,
      // Refresh cluster metadata often enough that a lost broker's partitions are found on their
      // new leaders quickly (kafkajs defaults to five minutes).
      metadataMaxAge: 15000,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      ...(options.maxWaitMs !== undefined ? { maxWaitTimeInMs: options.maxWaitMs } : {}),
      // A fetch's whole answer (all partitions) must hold several partitions' worth.
      ...(options.maxBytesPerPartition !== undefined
        ? { maxBytesPerPartition: options.maxBytesPerPartition, maxBytes: Math.max(10 * 1024 * 1024, options.maxBytesPerPartition * 4) }
        : {}),
    });
    for (const event of [consumer.events.FETCH_START, consumer.events.START_BATCH_PROCESS, consumer.events.HEARTBEAT, consumer.events.GROUP_JOIN]) {
      consumer.on(event, alive);
    }
    consumer.on(consumer.events.GROUP_JOIN, () => consumerGroupJoins.inc({ group: options.groupId }));
    this.consumers.add(consumer);
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: options.topics.map((t) => this.topic(t)), fromBeginning: options.fromBeginning ?? true });
      await this.run(consumer, options, alive);
    } catch (err) {
      this.consumers.delete(consumer);
      await consumer.disconnect().catch(() => undefined);
      throw err;
    }
    return consumer;
  }

  private async run(consumer: Consumer, options: SubscribeOptions, alive: () => void): Promise<void> {
    const handle = options.onBatch ?? (async (messages: ReceivedMessage[]) => {
      for (const m of messages) await options.onMessage!(m);
    });
    // An `onMessage` reader resolves message by message, so a failure redelivers only from there.
    const maxBatch = options.onBatch ? Math.max(1, options.maxBatch ?? 200) : 1;
    let membersReady = !options.members || options.members <= 1;
    await consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      // Partitions in parallel, each still strictly in order: one aggregate's events share a key,
      // so a partition, and nothing relies on order across aggregates.
      partitionsConsumedConcurrently: this.options.partitions,
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale, pause }) => {
        if (!membersReady) membersReady = await this.groupHasMembers(options, heartbeat, isRunning);
        const end = options.endOffsets?.[batch.partition];
        const topic = this.logical(batch.topic);
        let chunk: ReceivedMessage[] = [];
        const deliver = async (): Promise<void> => {
          if (!chunk.length) return;
          await handle(chunk);
          alive();
          resolveOffset(chunk[chunk.length - 1].offset);
          chunk = [];
          await commitOffsetsIfNecessary();
          await heartbeat();
        };
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) return; // unresolved messages are fetched again
          if (end !== undefined && BigInt(message.offset) >= BigInt(end)) {
            // Past the requested end: neither delivered nor committed, left for a later reader.
            await deliver();
            pause();
            return;
          }
          chunk.push({
            topic,
            partition: batch.partition,
            offset: message.offset,
            key: message.key ? message.key.toString('utf8') : null,
            value: message.value,
            headers: headersToStrings(message.headers),
          });
          if (chunk.length >= maxBatch) await deliver();
        }
        await deliver();
      },
    });
  }

  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    const wanted = topics.filter((t) => !this.ensured.has(t.topic));
    if (!wanted.length) return;
    const admin = await this.getAdmin();
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(this.topic(t.topic)));
    if (missing.length) {
      const minIsr = Math.min(2, this.options.replicationFactor);
      // Another service may create the same topics at the same moment: an "already exists" answer
      // is success, and the leader wait below covers topics the other one created.
      // Not kafkajs' own leader wait: it retries only LEADER_NOT_AVAILABLE, while a broker that has
      // not yet caught up with a new topic answers UNKNOWN_TOPIC_OR_PARTITION; waitForLeaders below
      // tolerates both until its deadline.
      await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((t) => ({
          topic: this.topic(t.topic),
          numPartitions: t.partitions ?? this.options.partitions,
          replicationFactor: this.options.replicationFactor,
          configEntries: [{ name: 'min.insync.replicas', value: String(minIsr) }],
        })),
      }).catch((err: Error & { type?: string }) => {
        if (err.type !== 'TOPIC_ALREADY_EXISTS' && !/already exists/i.test(err.message)) throw err;
      });
    }
    await this.waitForLeaders(wanted.map((t) => this.topic(t.topic)));
    wanted.forEach((t) => this.ensured.add(t.topic));
  }

  /** Until every partition has a leader: a consumer joining earlier fails with "does not host this topic-partition". */
  private async waitForLeaders(topics: string[], timeoutMs = 30000): Promise<void> {
    const admin = await this.getAdmin();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const { topics: meta } = await admin.fetchTopicMetadata({ topics });
        if (meta.length === topics.length && meta.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
      }
      if (Date.now() > deadline) throw new Error(`topics without leaders after ${timeoutMs} ms: ${topics.join(', ')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  override async endOffsets(topic: string): Promise<{ partition: number; offset: string }[]> {
    const admin = await this.getAdmin();
    const offsets = await admin.fetchTopicOffsets(this.topic(topic));
    return offsets.map((o) => ({ partition: o.partition, offset: o.high }));
  }

  /**
   * Waits until the group is stable with `options.members` members, heartbeating meanwhile: when
   * another member joins, the heartbeat fails with a rebalance, kafkajs joins again and hands out
   * the partitions anew, and the next batch finds the group complete. False if it stopped running.
   */
  private async groupHasMembers(options: SubscribeOptions, heartbeat: () => Promise<void>, isRunning: () => boolean): Promise<boolean> {
    const admin = await this.getAdmin();
    const deadline = Date.now() + 60_000;
    while (isRunning() && Date.now() < deadline) {
      const { groups } = await admin.describeGroups([`${this.options.topicPrefix}${options.groupId}`]);
      if (groups[0]?.state === 'Stable' && groups[0].members.length >= options.members!) return true;
      await heartbeat();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Date.now() >= deadline;
  }

  override async committedOffsets(groupId: string, topic: string): Promise<{ partition: number; offset: string }[]> {
    const admin = await this.getAdmin();
    const [found] = await admin.fetchOffsets({ groupId: `${this.options.topicPrefix}${groupId}`, topics: [this.topic(topic)] });
    return (found?.partitions ?? []).map((p) => ({ partition: p.partition, offset: p.offset }));
  }

  async ping(): Promise<{ brokers: number }> {
    const admin = await this.getAdmin();
    const cluster = await admin.describeCluster();
    return { brokers: cluster.brokers.length };
  }

  async disconnect(): Promise<void> {
    // Watchdogs of subscriptions nobody stopped must not bring their consumers back on a client
    // that is going away (seen in the tests: a restart loop logging "request is not a function").
    this.closed = true;
    await Promise.allSettled([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    await Promise.allSettled([this.producer?.disconnect(), this.admin?.disconnect()]);
    this.producer = undefined;
    this.producerReady = undefined;
    this.admin = undefined;
    this.adminReady = undefined;
  }
}
