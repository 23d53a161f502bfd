import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConsumerHost, EventBroker, EventConsumer, MESSAGING_LOGGER, ReceivedMessage, Subscription } from '@pb/messaging';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ReviewEnv } from '../../../config/review.env';
import { PROJECTION_GROUP, ProjectionLog, ReplayCount, ReplayOptions, ReplayPlan } from '../../application/ports/projection-log';
import { ProjectionTables } from '../../application/ports/projection-tables';
import { BulkProjectionReplay, DecodedEvent } from '../persistence/bulk-replay/bulk-projection-replay';
import { BulkReplayStore } from '../persistence/bulk-replay/bulk-replay.store';
import { PROJECTION_CONSUMERS } from '../../transport/kafka/projection-consumers';

/**
 * Most events a replay handles in one transaction, and the most bytes one fetch takes from a
 * partition to fill it. kafkajs fetches 1 MiB per partition by default, about 1 300 of our events,
 * so the 2 000 asked for before were never reached; with 20 000 a report's events meet in one
 * transaction more often and net out (figure member changes 874 000 → 505 000 for 200 014
 * events), and per-transaction statements are paid less often: 9 400–9 900 → 10 600–11 300
 * events/s in `bench:replay` (2 Dec). Larger (40 000 / 32 MiB) did not go faster, and a batch
 * that fails is rolled back and taken apart around the failing event, which costs more the larger it is.
 */
const REPLAY_BATCH = 20_000;
const REPLAY_FETCH_BYTES = 16 * 1024 * 1024;
/** How both writers read the topics. */
const REPLAY_READING = {
  fromBeginning: true,
  // Larger batches than live (200): a replay has a backlog, and a batch's statements (or a
  // window's) are paid per batch, not per event, so fewer and larger batches go faster.
  maxBatch: REPLAY_BATCH,
  maxBytesPerPartition: REPLAY_FETCH_BYTES,
  // Stopping waits for the fetch in flight; once caught up, that is an empty fetch's full wait.
  maxWaitMs: 200,
};
/** How often the group's committed offsets are read to see whether it has caught up. */
const POLL_MS = 100;
/** The entry of a reader process (see replay-reader.ts); resolved so that it works from the sources and from a build. */
const READER_ENTRY = require.resolve('./replay-reader');
/** From the sources (tests, `npm run review:replay`) the reader needs the TypeScript loader the repository runs with. */
const READER_EXEC_ARGV =
  READER_ENTRY.endsWith('.ts') && !process.execArgv.some((a) => a.includes('register'))
    ? [...process.execArgv, '-r', join(__dirname, '..', '..', '..', '..', '..', '..', 'scripts', 'register.js')]
    : process.execArgv;
/** The environment variable a reader process finds its configuration in (the parent's, as JSON). */
export const REPLAY_READER_ENV = 'PB_REPLAY_READER_ENV';

/**
 * The projection topics on Kafka, replayed through the same consumers as the live group (so a
 * replay equals live) in a consumer host of its own: one inbox row per event, the consumers and
 * their batched writes in one transaction per batch, as live.
 *
 * With more than one reader, the others are child processes of this one, each a member of the same
 * consumer group with the partitions Kafka gives it — the projections take concurrent members as
 * they take live replicas (row locks in key order, no global lock). Whether the whole group has
 * caught up is read from the group's committed offsets, which every member commits after each batch.
 */
@Injectable()
export class KafkaProjectionLog extends ProjectionLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly broker: EventBroker,
    private readonly moduleRef: ModuleRef,
    @Inject(MESSAGING_LOGGER) private readonly logger: Logger,
    private readonly env: ReviewEnv,
    private readonly bulkStore: BulkReplayStore,
    private readonly tables: ProjectionTables,
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

  async replay(plan: ReplayPlan, options: ReplayOptions = {}): Promise<ReplayCount> {
    if (options.writer === 'bulk') return this.replayBulk(plan, options.onProgress);
    const others: ChildProcess[] = [];
    let reading: Reading | undefined;
    const perReader: number[] = [];
    try {
      // The others start (a service context each) before anyone reads, so that all join the group at once.
      others.push(...(await Promise.all(Array.from({ length: Math.max(0, (options.readers ?? 1) - 1) }, () => this.startReader()))));
      if (plan.ends.size) {
        for (const child of others) child.send({ read: plan.groupId, readers: others.length + 1 });
        reading = await this.read(plan.groupId, others.length + 1);
        await this.caughtUp(plan, options.onProgress);
      }
    } finally {
      await reading?.subscription.stop();
      perReader.push(reading?.applied() ?? 0, ...(await Promise.all(others.map((child) => stopReader(child)))));
    }
    return { events: await this.inboxCount(), perReader };
  }

  /**
   * One reader, one writer: what Kafka hands over from all partitions is gathered into windows
   * (see WindowGate) and applied by the bulk writer; the figures are made when the group has caught up.
   */
  private async replayBulk(plan: ReplayPlan, onProgress?: (read: number) => void): Promise<ReplayCount> {
    const bulk = await BulkProjectionReplay.open(this.dataSource, this.bulkStore, PROJECTION_GROUP);
    let subscription: Subscription | undefined;
    let applied = 0;
    let decoding = 0;
    try {
      if (plan.ends.size) {
        const host = this.host(plan.groupId);
        const gate = new WindowGate(async (messages) => {
          const decoded: DecodedEvent[] = [];
          const from = performance.now();
          for (const message of messages) {
            const d = await host.decode(message);
            // Another consumer's event, or poison (dead-lettered): counted as the consumer host counts them.
            if (typeof d === 'string') applied++;
            else decoded.push(d);
          }
          decoding += performance.now() - from;
          applied += await bulk.apply(decoded);
        });
        subscription = await this.broker.subscribe({
          groupId: plan.groupId,
          topics: host.topics,
          ...REPLAY_READING,
          onBatch: (messages: ReceivedMessage[]) => gate.add(messages),
        });
        await this.caughtUp(plan, onProgress, () => gate.error);
        await subscription.stop();
        subscription = undefined;
        if (gate.error) throw gate.error;
      }
      await bulk.finish();
    } finally {
      await subscription?.stop();
      await bulk.close();
    }
    const timings = { ...bulk.timings, decoding };
    return { events: await this.inboxCount(), perReader: [applied], timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])) };
  }

  /** What the projections were rebuilt from: the live group's inbox (emptied before) holds each event applied once. */
  private inboxCount(): Promise<number> {
    return this.tables.inboxCount(PROJECTION_GROUP);
  }

  /** Joins consumer group `groupId` as one of its `readers`; every batch through the projection consumers. */
  async read(groupId: string, readers = 1): Promise<Reading> {
    const host = this.host(groupId);
    let applied = 0;
    const subscription = await this.broker.subscribe({
      groupId,
      topics: host.topics,
      ...REPLAY_READING,
      // All readers in the group before anyone reads, so each takes its share from the start.
      members: readers,
      onBatch: async (messages: ReceivedMessage[]) => {
        // A message the group sees again (after a rebalance) is absorbed by the inbox and not counted.
        const outcomes = await host.processBatch(messages);
        // Not `applied += (await …)`: that reads `applied` before the await, and partitions run concurrently.
        applied += outcomes.filter((o) => o !== 'duplicate').length;
      },
    });
    return { subscription, applied: () => applied };
  }

  /** Resolves when the group has committed every partition up to the plan's end; rejects when `failed` gives an error. */
  private async caughtUp(plan: ReplayPlan, onProgress?: (read: number) => void, failed: () => unknown = () => undefined): Promise<void> {
    const topics = [...new Set([...plan.ends.keys()].map((key) => key.slice(0, key.lastIndexOf('/'))))];
    let reported = 0;
    for (;;) {
      let read = 0n;
      let behind = false;
      for (const topic of topics) {
        const committed = new Map((await this.broker.committedOffsets(plan.groupId, topic)).map((p) => [`${topic}/${p.partition}`, BigInt(p.offset)]));
        for (const [key, end] of plan.ends) {
          if (!key.startsWith(`${topic}/`)) continue;
          const at = committed.get(key) ?? -1n;
          if (at < end) behind = true;
          read += at < 0n ? 0n : at < end ? at : end;
        }
      }
      if (Number(read) > reported) onProgress?.((reported = Number(read)));
      if (!behind) return;
      const error = failed();
      if (error) throw error;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** A reader process: the same service code, started with this process's configuration; resolves when it is ready to read. */
  private startReader(): Promise<ChildProcess> {
    const child = fork(READER_ENTRY, [], { execArgv: READER_EXEC_ARGV, env: { ...process.env, [REPLAY_READER_ENV]: JSON.stringify(this.env) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new Promise((resolve, reject) => {
      child.once('message', (m) => (m === 'ready' ? resolve(child) : reject(new Error(`replay reader: ${String(m)}`))));
      child.once('exit', (code) => reject(new Error(`replay reader ended (exit code ${code}) before it was ready`)));
    });
  }

  private host(groupId: string): ConsumerHost {
    const consumers = PROJECTION_CONSUMERS.map((type) => this.moduleRef.get<EventConsumer>(type, { strict: false }));
    // The live group's inbox: when the service starts again, its group skips what the replay applied.
    return new ConsumerHost(this.dataSource, this.broker, this.logger.child({ component: 'replay' }), { groupId, inbox: PROJECTION_GROUP, consumers });
  }
}

/**
 * Gathers what Kafka hands over from several partitions into one window for the bulk writer: a
 * batch joins the window that is open, which is applied as soon as the window before it has been
 * (group commit: the longer a window takes, the more the next one holds). Each partition's next
 * batch comes only when its last one has been applied, so a window holds at most one batch per
 * partition, each in order. The first error is kept; every later batch fails with it.
 */
class WindowGate {
  error: unknown;
  private open: { batches: ReceivedMessage[][]; applied: Promise<void> } | null = null;
  private previous: Promise<void> = Promise.resolve();

  constructor(private readonly apply: (messages: ReceivedMessage[]) => Promise<void>) {}

  add(messages: ReceivedMessage[]): Promise<void> {
    if (this.error) return Promise.reject(this.error);
    if (!this.open) {
      const window: { batches: ReceivedMessage[][]; applied: Promise<void> } = { batches: [], applied: Promise.resolve() };
      window.applied = this.previous = this.previous.then(async () => {
        if (this.open === window) this.open = null; // from now on, batches join the next window
        await this.apply(window.batches.flat());
      });
      window.applied.catch((err: unknown) => (this.error ??= err));
      this.open = window;
    }
    this.open.batches.push(messages);
    return this.open.applied;
  }
}

/** A member of a replay's consumer group in this process: its subscription and how many events it applied so far. */
export interface Reading {
  subscription: Subscription;
  applied(): number;
}

/** Asks a reader to leave the group and end; waits until it has; how many events it applied. */
function stopReader(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(0);
  return new Promise((resolve) => {
    let applied = 0;
    child.on('message', (m: { applied?: number }) => (applied = m.applied ?? applied));
    // 'close', not 'exit': a message sent just before the end may still be on its way at 'exit'.
    child.once('close', () => resolve(applied));
    child.send({ stop: true });
  });
}
