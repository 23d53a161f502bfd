import type { Logger } from 'pino';

export interface BackgroundLoopOptions {
  /** One pass of the work. A pass that wants to end early on shutdown checks `loop.stopping`. */
  pass: () => Promise<unknown>;
  /** The pause between the end of one pass and the start of the next. */
  intervalMs: number;
  /** The pause before the first pass (default: `intervalMs`; 0 runs the first pass as soon as it starts). */
  firstPassAfterMs?: number;
  logger: Pick<Logger, 'error' | 'warn'>;
  /** The log line of a failed pass (its error message goes beside it, never the error's data). */
  failureMessage: string;
  /** `warn` for work whose failure is expected now and then (the database away for a moment). */
  failureLevel?: 'error' | 'warn';
}

/**
 * A service's background job: started when the application is up, it runs `pass` again and again,
 * `intervalMs` after the previous pass ended, until it is stopped. Passes never overlap, so a slow
 * pass delays the next one instead of stacking up beside it. A failed pass is logged and the loop
 * goes on: the next pass is the retry. `wake()` runs a pass now — or, when one is under way, once
 * more right after it, because the work that woke the loop may have come in after that pass looked.
 * `stop()` ends the loop and waits for the pass under way, so the process does not close the
 * database under it. A loop is started once and stopped once.
 *
 * The timer is unref'd: a loop never keeps a process alive by itself (the HTTP server does).
 */
export class BackgroundLoop {
  private state: 'idle' | 'started' | 'stopped' = 'idle';
  private timer?: NodeJS.Timeout;
  /** The pass under way; set before the pass starts, so a pass that wakes the loop itself does not start a second one. */
  private busy = false;
  private current?: Promise<void>;
  private again = false;

  constructor(private readonly options: BackgroundLoopOptions) {}

  /** Whether `stop()` was called: a long pass returns at its next step. */
  get stopping(): boolean {
    return this.state === 'stopped';
  }

  start(): void {
    if (this.state !== 'idle') return;
    this.state = 'started';
    this.schedule(this.options.firstPassAfterMs ?? this.options.intervalMs);
  }

  /** Runs a pass now, or once more right after the one under way. Does nothing unless started. */
  wake(): void {
    if (this.state !== 'started') return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    clearTimeout(this.timer);
    this.current = this.runPass().finally(() => {
      this.busy = false;
      this.current = undefined;
      if (this.state !== 'started') return;
      if (this.again) {
        this.again = false;
        this.wake();
      } else {
        this.schedule(this.options.intervalMs);
      }
    });
  }

  /** Ends the loop: no pass starts any more; resolves when the pass under way (if any) has ended. */
  async stop(): Promise<void> {
    this.state = 'stopped';
    clearTimeout(this.timer);
    await this.current;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => this.wake(), ms);
    this.timer.unref();
  }

  private async runPass(): Promise<void> {
    try {
      await this.options.pass();
    } catch (err) {
      this.options.logger[this.options.failureLevel ?? 'error']({ err: (err as Error).message }, this.options.failureMessage);
    }
  }
}
