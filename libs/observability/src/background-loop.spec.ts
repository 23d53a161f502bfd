import { BackgroundLoop, BackgroundLoopOptions } from './background-loop';

/** A pass the test finishes by hand: `passes` counts the starts, `finish()` ends the oldest open one. */
function controlledPasses() {
  const open: { resolve: () => void; reject: (err: Error) => void }[] = [];
  let started = 0;
  return {
    pass: () => {
      started++;
      return new Promise<void>((resolve, reject) => open.push({ resolve, reject }));
    },
    get started() {
      return started;
    },
    get open() {
      return open.length;
    },
    finish: () => open.shift()!.resolve(),
    fail: (message: string) => open.shift()!.reject(new Error(message)),
  };
}

const logger = () => ({ error: jest.fn(), warn: jest.fn() });

describe('BackgroundLoop', () => {
  let loop: BackgroundLoop | undefined;
  const make = (options: Partial<BackgroundLoopOptions> & Pick<BackgroundLoopOptions, 'pass'>) =>
    (loop = new BackgroundLoop({ intervalMs: 1000, logger: logger(), failureMessage: 'job failed', ...options }));

  beforeEach(() => jest.useFakeTimers());
  afterEach(async () => {
    await loop?.stop();
    loop = undefined;
    jest.useRealTimers();
  });

  it('runs the first pass after the interval (or firstPassAfterMs), then each pass an interval after the previous one ended', async () => {
    const passes = controlledPasses();
    make({ pass: passes.pass }).start();
    await jest.advanceTimersByTimeAsync(999);
    expect(passes.started).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(passes.started).toBe(1);
    // The pass takes 5 s: the next one is counted from its end, not from its start.
    await jest.advanceTimersByTimeAsync(5000);
    passes.finish();
    await jest.advanceTimersByTimeAsync(999);
    expect(passes.started).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(passes.started).toBe(2);

    const atOnce = controlledPasses();
    const second = new BackgroundLoop({ pass: atOnce.pass, intervalMs: 1000, firstPassAfterMs: 0, logger: logger(), failureMessage: 'x' });
    second.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(atOnce.started).toBe(1);
    atOnce.finish();
    await second.stop();
    passes.finish();
  });

  it('never runs two passes side by side, however long a pass takes', async () => {
    const passes = controlledPasses();
    make({ pass: passes.pass, firstPassAfterMs: 0 }).start();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(passes.started).toBe(1);
    expect(passes.open).toBe(1);
    passes.finish();
    await jest.advanceTimersByTimeAsync(1000);
    expect(passes.started).toBe(2);
    passes.finish();
  });

  it('logs a failed pass with its message (at the level asked) and goes on with the next one', async () => {
    const passes = controlledPasses();
    const log = logger();
    const failing = make({ pass: passes.pass, logger: log, failureMessage: 'analysis runner failed; will retry' });
    failing.start();
    await jest.advanceTimersByTimeAsync(1000);
    passes.fail('database is away');
    await jest.advanceTimersByTimeAsync(0);
    expect(log.error).toHaveBeenCalledWith({ err: 'database is away' }, 'analysis runner failed; will retry');
    expect(log.warn).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1000);
    expect(passes.started).toBe(2);
    passes.finish();
    await failing.stop();

    // A pass that throws before it returns a promise is a failed pass as well.
    const warned = logger();
    let calls = 0;
    const throwing = new BackgroundLoop({
      pass: () => {
        calls++;
        throw new Error('no connection');
      },
      intervalMs: 1000,
      logger: warned,
      failureMessage: 'attachment text work failed; retrying',
      failureLevel: 'warn',
    });
    throwing.start();
    await jest.advanceTimersByTimeAsync(2000);
    expect(calls).toBe(2);
    expect(warned.warn).toHaveBeenCalledTimes(2);
    expect(warned.warn).toHaveBeenCalledWith({ err: 'no connection' }, 'attachment text work failed; retrying');
    expect(warned.error).not.toHaveBeenCalled();
    await throwing.stop();
  });

  it('wakes up: runs a pass at once, and once more right after a pass under way (however often it is woken meanwhile)', async () => {
    const passes = controlledPasses();
    const started = make({ pass: passes.pass, intervalMs: 60_000 });
    started.start();
    started.wake();
    expect(passes.started).toBe(1);
    started.wake();
    started.wake();
    expect(passes.started).toBe(1);
    passes.finish();
    await jest.advanceTimersByTimeAsync(0);
    expect(passes.started).toBe(2);
    passes.finish();
    await jest.advanceTimersByTimeAsync(0);
    expect(passes.started).toBe(2);
    // The timer counts from the end of the woken pass: no extra pass at the first timer's moment.
    await jest.advanceTimersByTimeAsync(59_999);
    expect(passes.started).toBe(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(passes.started).toBe(3);
    passes.finish();
  });

  it('does not start a second pass when the pass itself wakes the loop', async () => {
    let started = 0;
    let release!: () => void;
    const self: BackgroundLoop = make({
      pass: () => {
        started++;
        if (started === 1) self.wake();
        return new Promise<void>((resolve) => (release = resolve));
      },
      intervalMs: 60_000,
    });
    self.start();
    self.wake();
    expect(started).toBe(1);
    release();
    await jest.advanceTimersByTimeAsync(0);
    // Woken during the pass: one more, right after.
    expect(started).toBe(2);
    release();
  });

  it('does nothing when woken before it is started or after it is stopped', async () => {
    const passes = controlledPasses();
    const idle = make({ pass: passes.pass, firstPassAfterMs: 0 });
    idle.wake();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(passes.started).toBe(0);
    expect(idle.stopping).toBe(false);
    await idle.stop();
    expect(idle.stopping).toBe(true);
    idle.start();
    idle.wake();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(passes.started).toBe(0);
  });

  it('stops: waits for the pass under way, which sees `stopping`, and starts no pass after it', async () => {
    const passes = controlledPasses();
    const running = make({ pass: passes.pass, firstPassAfterMs: 0 });
    running.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(passes.started).toBe(1);
    running.wake(); // asks for one more pass: stopping cancels it
    let stopped = false;
    const stopping = running.stop().then(() => (stopped = true));
    expect(running.stopping).toBe(true);
    await jest.advanceTimersByTimeAsync(5000);
    expect(stopped).toBe(false);
    passes.finish();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(passes.started).toBe(1);
  });

  it('stops between passes at once, with no pass after it', async () => {
    const passes = controlledPasses();
    const between = make({ pass: passes.pass });
    between.start();
    await jest.advanceTimersByTimeAsync(1000);
    passes.finish();
    await jest.advanceTimersByTimeAsync(0);
    await between.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(passes.started).toBe(1);
  });
});
