import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConsumerHost, EventBroker, EventConsumer, MESSAGING_LOGGER, ReceivedMessage } from '@pb/messaging';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { PROJECTION_TABLES } from '../infrastructure/figure-ledger';
import { PROJECTION_CONSUMERS, PROJECTION_GROUP } from '../projection-consumers';

export interface ReplayResult {
  groupId: string;
  events: number;
  millis: number;
  eventsPerSecond: number;
}

/**
 * Rebuilds every projection from the topics: empties the projection tables, then consumes each
 * topic from the beginning with a fresh consumer group until it reaches the end offsets it saw at
 * the start. Run it with the live projection consumers stopped (the command does not start them).
 * Afterwards the fresh group's inbox rows are handed to the live group, so when the service starts
 * again the live group absorbs whatever the replay already applied and goes on from there.
 */
@Injectable()
export class ProjectionReplayer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly broker: EventBroker,
    private readonly moduleRef: ModuleRef,
    @Inject(MESSAGING_LOGGER) private readonly logger: Logger,
  ) {}

  async replay(onProgress?: (done: number) => void): Promise<ReplayResult> {
    const started = Date.now();
    const groupId = `${PROJECTION_GROUP}.replay-${started}`;
    const consumers = PROJECTION_CONSUMERS.map((type) => this.moduleRef.get<EventConsumer>(type, { strict: false }));
    const host = new ConsumerHost(this.dataSource, this.broker, this.logger.child({ component: 'replay' }), { groupId, consumers });
    const topics = host.topics;
    await this.broker.ensureTopics(topics.map((topic) => ({ topic })));

    // What has to be read: per topic and partition, the offset the next message will get.
    const remaining = new Map<string, bigint>();
    for (const topic of topics) {
      for (const { partition, offset } of await this.broker.endOffsets(topic)) {
        if (BigInt(offset) > 0n) remaining.set(`${topic}/${partition}`, BigInt(offset));
      }
    }

    await this.dataSource.transaction(async (m) => {
      await m.query(`TRUNCATE ${PROJECTION_TABLES.join(', ')} RESTART IDENTITY`);
      await m.query(`DELETE FROM inbox_messages WHERE consumer = $1`, [PROJECTION_GROUP]);
    });

    let events = 0;
    let finish!: () => void;
    const caughtUp = new Promise<void>((resolve) => (finish = resolve));
    if (!remaining.size) finish();
    const subscription = await this.broker.subscribe({
      groupId,
      topics,
      fromBeginning: true,
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
    await this.dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM inbox_messages WHERE consumer = $1`, [PROJECTION_GROUP]);
      await m.query(`UPDATE inbox_messages SET consumer = $1 WHERE consumer = $2`, [PROJECTION_GROUP, groupId]);
    });
    const millis = Date.now() - started;
    return { groupId, events, millis, eventsPerSecond: Math.round((events / Math.max(millis, 1)) * 1000) };
  }
}
