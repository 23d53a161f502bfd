import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConsumerHost, EventBroker, EventConsumer, MESSAGING_LOGGER, ReceivedMessage } from '@pb/messaging';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ProjectionLog, ReplayPlan } from '../../application/ports/projection-log';
import { PROJECTION_CONSUMERS } from '../../transport/kafka/projection-consumers';

/** Most events a replay handles in one transaction. */
const REPLAY_BATCH = 2000;

/**
 * The projection topics on Kafka, replayed through the same consumers as the live group (so a
 * replay equals live) in a consumer host of its own: one inbox row per event, the consumers and
 * their batched writes in one transaction per batch, as live.
 */
@Injectable()
export class KafkaProjectionLog extends ProjectionLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly broker: EventBroker,
    private readonly moduleRef: ModuleRef,
    @Inject(MESSAGING_LOGGER) private readonly logger: Logger,
  ) {
    super();
  }

  async plan(groupId: string): Promise<ReplayPlan> {
    const topics = this.host(groupId).topics;
    await this.broker.ensureTopics(topics.map((topic) => ({ topic })));
    const ends = new Map<string, bigint>();
    for (const topic of topics) {
      for (const { partition, offset } of await this.broker.endOffsets(topic)) {
        if (BigInt(offset) > 0n) ends.set(`${topic}/${partition}`, BigInt(offset));
      }
    }
    return { groupId, ends };
  }

  async replay(plan: ReplayPlan, onProgress?: (applied: number) => void): Promise<number> {
    const host = this.host(plan.groupId);
    const remaining = new Map(plan.ends);
    let events = 0;
    let finish!: () => void;
    const caughtUp = new Promise<void>((resolve) => (finish = resolve));
    if (!remaining.size) finish();
    const subscription = await this.broker.subscribe({
      groupId: plan.groupId,
      topics: host.topics,
      fromBeginning: true,
      // Larger transactions than live (200): a replay has a backlog, and each transaction's
      // statements are per batch, not per event, so fewer and larger batches go faster.
      maxBatch: REPLAY_BATCH,
      onBatch: async (messages: ReceivedMessage[]) => {
        // A message the group sees again (a rebalance before its offset was committed) is absorbed
        // by the inbox and not counted: `events` is what the projections were rebuilt from.
        const outcomes = await host.processBatch(messages);
        const before = events;
        events += outcomes.filter((o) => o !== 'duplicate').length;
        if (Math.floor(events / 1000) > Math.floor(before / 1000)) onProgress?.(events);
        const last = messages[messages.length - 1];
        const key = `${last.topic}/${last.partition}`;
        const end = remaining.get(key);
        if (end !== undefined && BigInt(last.offset) + 1n >= end) {
          remaining.delete(key);
          if (!remaining.size) finish();
        }
      },
    });
    try {
      await caughtUp;
    } finally {
      await subscription.stop();
    }
    return events;
  }

  private host(groupId: string): ConsumerHost {
    const consumers = PROJECTION_CONSUMERS.map((type) => this.moduleRef.get<EventConsumer>(type, { strict: false }));
    return new ConsumerHost(this.dataSource, this.broker, this.logger.child({ component: 'replay' }), { groupId, consumers });
  }
}
