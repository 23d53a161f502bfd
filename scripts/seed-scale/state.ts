import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * The seed's memory between runs: the run's id (it names the seeded addresses and the idempotency
 * keys), its scale, the batches done and what later batches need from earlier ones (the
 * proposals' ids). Written after every batch, atomically (a file renamed over the old one), so an
 * interrupted seed resumes at the first batch not done.
 */
export interface SeedState {
  runId: string;
  scale: number;
  batchSize: number;
  done: string[];
  proposalIds: Record<number, string>;
  /** Confirmation mails the mailbox never found (printed at the end; a resumed batch may have used some already). */
  unconfirmed: number;
}

export class StateFile {
  private readonly doneSet: Set<string>;

  private constructor(
    private readonly path: string,
    readonly state: SeedState,
  ) {
    this.doneSet = new Set(state.done);
  }

  static open(path: string, fresh: Omit<SeedState, 'done' | 'proposalIds' | 'unconfirmed'>): StateFile {
    if (!existsSync(path)) return new StateFile(path, { ...fresh, done: [], proposalIds: {}, unconfirmed: 0 });
    const state = JSON.parse(readFileSync(path, 'utf8')) as SeedState;
    if (state.scale !== fresh.scale || state.batchSize !== fresh.batchSize) {
      throw new Error(`${path} belongs to a seed with --scale ${state.scale} --batch-size ${state.batchSize}; resume with those, or pass another --state file`);
    }
    return new StateFile(path, state);
  }

  isDone(key: string): boolean {
    return this.doneSet.has(key);
  }

  markDone(key: string): void {
    this.doneSet.add(key);
    this.state.done = [...this.doneSet];
    this.save();
  }

  save(): void {
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(this.state)}\n`);
    renameSync(tmp, this.path);
  }
}
