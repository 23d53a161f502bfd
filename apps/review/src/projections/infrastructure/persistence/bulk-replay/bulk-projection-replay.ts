import { performance } from 'node:perf_hooks';
import type { EventEnvelope } from '@pb/contracts';
import type { EventConsumer } from '@pb/messaging';
import type { DataSource, QueryRunner } from 'typeorm';
import { BulkReplayStore } from './bulk-replay.store';
import { ReplayMemory, ReplayWindow } from './replay-window';

/** An event read and validated, with the consumer it goes to. */
export interface DecodedEvent {
  envelope: EventEnvelope<object>;
  consumer: EventConsumer;
}

/** Where a bulk replay's time went, in milliseconds (applying and writing overlap). */
export interface BulkReplayTimings {
  windows: number;
  /** Reading what windows announced, and handling their events (Node). */
  applying: number;
  /** Waiting before a window for the write of the one two back. */
  waiting: number;
  /** Writing windows (PostgreSQL, beside the applying). */
  writing: number;
  /** Counters and the contribution log at the end. */
  finishing: number;
}

/**
 * The replay's second write path: one writer applies windows of events of all partitions in
 * memory, through the same consumers and projectors as live (their ports routed to the window, see
 * window-ports.ts), and writes each window (two transactions side by side) while the next is applied.
 *
 * Why it is faster than replaying through consumer transactions: the replay owns the emptied
 * tables, so nothing is locked and nothing waits for another partition's transaction; a row is
 * read once per two windows and written once per window, whole; PostgreSQL writes window N while
 * Node applies window N+1; the ledger appends net weight changes to a scratch table, and the
 * members, the contribution log and the counters are made from them once at the end.
 *
 * The order of work per window: wait until window N−2 is written (N−1 may still be writing: what it
 * touched is in memory), drop events already applied (in memory, or in the inbox), let the
 * consumers announce what they will read, read it, handle the events in order, take the window's
 * writes, and start writing them after window N−1's.
 */
export class BulkProjectionReplay {
  readonly timings: BulkReplayTimings = { windows: 0, applying: 0, waiting: 0, writing: 0, finishing: 0 };
  private lastWrite: Promise<void> = Promise.resolve();
  private writeBefore: Promise<void> = Promise.resolve();

  private constructor(
    private readonly runner: QueryRunner,
    private readonly store: BulkReplayStore,
    private readonly inbox: string,
    private readonly window: ReplayWindow,
  ) {}

  /** Opens a replay on a connection of its own (the window's reads); `inbox`: whose inbox the applied events go to. */
  static async open(dataSource: DataSource, store: BulkReplayStore, inbox: string): Promise<BulkProjectionReplay> {
    await store.begin();
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    let replay: BulkProjectionReplay | undefined = undefined;
    const window = new ReplayWindow(
      runner.manager,
      new ReplayMemory(),
      (tx, w) => store.load(tx, w),
      () => replay!.lastWrite,
    );
    replay = new BulkProjectionReplay(runner, store, inbox, window);
    return replay;
  }

  /** Applies events (in the order given; each partition's in its order); how many were not applied before. */
  async apply(events: DecodedEvent[]): Promise<number> {
    const waitFrom = performance.now();
    await this.writeBefore;
    const applyFrom = performance.now();
    this.timings.waiting += applyFrom - waitFrom;
    const { memory } = this.window;
    const candidates = events.filter((e) => memory.events.get(e.envelope.eventId) !== true);
    const inTable = await this.store.seen(this.runner.manager, this.inbox, memory.events.missing(candidates.map((e) => e.envelope.eventId)));
    const fresh: DecodedEvent[] = [];
    for (const e of candidates) {
      const id = e.envelope.eventId;
      // Twice in this window, or applied by an earlier one: once is enough.
      if (inTable.has(id) || memory.events.get(id) === true) continue;
      memory.events.set(id, true);
      fresh.push(e);
    }
    const tx = this.window.tx;
    const byConsumer = new Map<EventConsumer, EventEnvelope<object>[]>();
    for (const e of fresh) {
      if (!e.consumer.prepare) continue;
      const list = byConsumer.get(e.consumer);
      if (list) list.push(e.envelope);
      else byConsumer.set(e.consumer, [e.envelope]);
    }
    for (const [consumer, list] of byConsumer) await consumer.prepare!(list, tx);
    await this.window.loadAnnounced();
    for (const e of fresh) await e.consumer.handle(e.envelope, tx);
    const { writes } = this.window.next();
    const statements = this.store.prepare(this.inbox, fresh.map((e) => ({ eventId: e.envelope.eventId, type: e.envelope.type })), memory, writes);
    memory.turn();
    this.timings.windows++;
    this.timings.applying += performance.now() - applyFrom;
    this.writeBefore = this.lastWrite;
    this.lastWrite = this.lastWrite.then(async () => {
      const writeFrom = performance.now();
      await this.store.write(statements);
      this.timings.writing += performance.now() - writeFrom;
    });
    this.lastWrite.catch(() => undefined); // awaited by the next window or by finish; not unhandled meanwhile
    return fresh.length;
  }

  /** Waits for the last window's write, then makes the figures from the ledger. */
  async finish(): Promise<void> {
    await this.lastWrite;
    const from = performance.now();
    await this.store.finish();
    this.timings.finishing += performance.now() - from;
  }

  async close(): Promise<void> {
    this.window.close();
    await this.lastWrite.catch(() => undefined);
    await this.runner.release();
  }
}
