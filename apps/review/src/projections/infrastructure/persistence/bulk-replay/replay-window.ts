import type { EntityManager } from 'typeorm';
import type { SignedOffAnalysis } from '../../../application/ports/consultation-analyses';
import type { SubmittedResponse } from '../../../application/ports/consultation-facts';
import type { ReportDetails } from '../../../application/ports/report-facts';
import type { SatisfactionFact } from '../../../application/ports/report-satisfaction';
import type { StrategyVersionFact } from '../../../application/ports/strategy-version-facts';
import type { ReportFact } from '../../../../shared/domain/report-figures';

/** A report as the bulk replay keeps it: its fact and every detail column (what the table holds, merged with what events carried). */
export interface ReportRow {
  fact: ReportFact;
  details: ReportDetails;
}

/** Every column of `proposal_facts` but the year (computed from `opensAt` when written). */
export interface ProposalRow {
  proposalId: string;
  title: string | null;
  theme: string | null;
  strategyVersion: string | null;
  status: string | null;
  opensAt: string | null;
  closesAt: string | null;
  publishedAt: string | null;
  answeredAt: string | null;
  reportTitle: string | null;
  reportResponseCount: number | null;
}

export interface EndorsementRow {
  endorsementId: string;
  reportId: string;
  year: number | null;
  withdrawn: boolean;
}

/**
 * Values the bulk replay keeps between windows: what the last two windows touched. Window N is
 * applied while window N−1 is still being written, so what N−1 touched must come from here, not
 * from the table; what N−2 touched is in the table by then (the replay waits for that write before
 * it reads for N) and is dropped from memory. Memory stays bounded by two windows, whatever the
 * size of the log.
 */
export class TwoWindows<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  /** The value, moved to this window (it is written with this window, so it must stay for the next). */
  get(key: string): V | undefined {
    const now = this.current.get(key);
    if (now !== undefined) return now;
    const before = this.previous.get(key);
    if (before !== undefined) {
      this.previous.delete(key);
      this.current.set(key, before);
    }
    return before;
  }

  set(key: string, value: V): void {
    this.previous.delete(key);
    this.current.set(key, value);
  }

  /** Keys of `keys` neither window holds: what has to be read from the table. */
  missing(keys: Iterable<string>): string[] {
    const out: string[] = [];
    for (const key of keys) if (!this.current.has(key) && !this.previous.has(key)) out.push(key);
    return out;
  }

  /** What this window touched (read or changed): written at its end. */
  touched(): IterableIterator<V> {
    return this.current.values();
  }

  /** The window ended: what it touched is the previous window's now; what the one before touched is in the table. */
  turn(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** Everything the bulk replay keeps across windows. */
export class ReplayMemory {
  readonly reports = new TwoWindows<ReportRow>();
  readonly proposals = new TwoWindows<ProposalRow>();
  /** Per report, every endorsement row it has (withdrawn ones too). */
  readonly endorsements = new TwoWindows<Map<string, EndorsementRow>>();
  /** Whether a response is known (added by a window, or found in the table); false: looked for and not there. */
  readonly responses = new TwoWindows<boolean>();
  /** Events applied by the last two windows (older ones are in the inbox), so a message the log holds twice is applied once. */
  readonly events = new TwoWindows<true>();

  turn(): void {
    for (const t of [this.reports, this.proposals, this.endorsements, this.responses, this.events]) t.turn();
  }
}

/** What one window's events announced (a consumer's `prepare`), to be read before its handlers run. */
export class Announced {
  readonly reports = new Set<string>();
  readonly proposals = new Set<string>();
  readonly endorsementsOf = new Set<string>();
  readonly responses = new Set<string>();
}

/** What one window writes besides the rows it touched (those are in `ReplayMemory`'s current window). */
export class WindowWrites {
  readonly responses: SubmittedResponse[] = [];
  readonly citations: { responseId: string; bwbId: string; article?: string }[] = [];
  readonly status = new Map<string, string>();
  readonly support = new Map<string, number>();
  readonly flags = new Map<string, number>();
  /** Net weight change per record, per key (nested rather than one joined key: fewer strings made per event). */
  readonly ledger = new Map<string, Map<string, number>>();
  readonly satisfaction: SatisfactionFact[] = [];
  readonly analyses: SignedOffAnalysis[] = [];
  readonly strategyVersions: StrategyVersionFact[] = [];
}

/**
 * One window of the bulk replay: events of all partitions applied in memory by the same consumers
 * and projectors as live, then written in one transaction. The ports find it through the
 * transaction they are handed (`ReplayWindow.of(tx)`), as the live stores find their per-transaction
 * batches; `tx` is the replay's own read connection, used for what a window has to read on the way.
 */
export class ReplayWindow {
  private static readonly open = new WeakMap<EntityManager, ReplayWindow>();

  announced = new Announced();
  writes = new WindowWrites();

  constructor(
    readonly tx: EntityManager,
    readonly memory: ReplayMemory,
    /** Reads what neither window holds; see BulkReplayStore. */
    readonly load: (tx: EntityManager, window: ReplayWindow) => Promise<void>,
    /** Waits until every window before this one is in the table (for the rare read a window cannot announce). */
    readonly settled: () => Promise<void>,
  ) {
    ReplayWindow.open.set(tx, this);
  }

  static of(tx: EntityManager): ReplayWindow | undefined {
    return ReplayWindow.open.get(tx);
  }

  /** The next window: what this one announced and wrote is handed on to be written. */
  next(): { announced: Announced; writes: WindowWrites } {
    const done = { announced: this.announced, writes: this.writes };
    this.announced = new Announced();
    this.writes = new WindowWrites();
    return done;
  }

  close(): void {
    ReplayWindow.open.delete(this.tx);
  }

  /** Reads whatever was announced and is not in memory yet (one statement per kind). */
  async loadAnnounced(): Promise<void> {
    await this.load(this.tx, this);
  }
}
