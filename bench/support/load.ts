import { performance } from 'node:perf_hooks';

/** The p-th percentile (nearest rank) of ascending numbers. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs `task(i)` for i in [0, n) with at most `concurrency` in flight; each call's ms (ascending) and the wall time. */
export async function runPool(n: number, concurrency: number, task: (i: number) => Promise<void>): Promise<{ durations: number[]; wallMs: number }> {
  const durations: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        durations.push(performance.now() - t0);
      }
    }),
  );
  return { durations: durations.sort((a, b) => a - b), wallMs: performance.now() - start };
}
