/**
 * The platform's own Prometheus metrics, read by the scale benchmark: each process's resident memory
 * (to see whether an export's memory stays flat) and the Kafka consumers' group joins (one per
 * consumer at start, one more per rebalance: issue 14 asks that no consumer loses its group under load).
 */

/** The processes `npm start` runs, by their port offset from the portal's (scripts/platform/launcher.ts). */
export const PROCESSES = ['portal', 'loket', 'proposals', 'comments', 'review'] as const;
export type ProcessName = (typeof PROCESSES)[number];

export class PlatformMetrics {
  private readonly urls: Record<ProcessName, string>;

  constructor(
    portalUrl: string,
    private readonly token: string,
  ) {
    const url = new URL(portalUrl);
    const port = Number(url.port || 80);
    this.urls = Object.fromEntries(PROCESSES.map((name, i) => [name, `${url.protocol}//${url.hostname}:${port + i}`])) as Record<ProcessName, string>;
  }

  async text(process: ProcessName): Promise<string> {
    const res = await fetch(`${this.urls[process]}/metrics`, { headers: { authorization: `Bearer ${this.token}` }, signal: AbortSignal.timeout(5000) });
    if (!res.ok) throw new Error(`${process} /metrics answered ${res.status}: is METRICS_TOKEN the platform's?`);
    return res.text();
  }

  async residentBytes(process: ProcessName): Promise<number> {
    return sumOf(await this.text(process), 'process_resident_memory_bytes');
  }

  /** Group joins of every consumer of every service, summed per service. */
  async groupJoins(): Promise<Record<ProcessName, number>> {
    const entries = await Promise.all(PROCESSES.map(async (p) => [p, sumOf(await this.text(p), 'pb_kafka_consumer_group_joins_total')] as const));
    return Object.fromEntries(entries) as Record<ProcessName, number>;
  }

  /**
   * Runs `work` while sampling the processes' resident memory every 100 ms; gives the work's result
   * and each process's peak above what it used just before.
   */
  async peakMemoryDuring<T>(processes: readonly ProcessName[], work: () => Promise<T>): Promise<{ result: T; peakAboveMiB: Record<string, number> }> {
    const before = Object.fromEntries(await Promise.all(processes.map(async (p) => [p, await this.residentBytes(p)] as const)));
    const peak = { ...before };
    let running = true;
    const sampler = (async () => {
      while (running) {
        for (const p of processes) peak[p] = Math.max(peak[p], await this.residentBytes(p).catch(() => 0));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    try {
      const result = await work();
      return { result, peakAboveMiB: Object.fromEntries(processes.map((p) => [p, (peak[p] - before[p]) / 2 ** 20])) };
    } finally {
      running = false;
      await sampler;
    }
  }
}

/** The sum of every sample of one metric in Prometheus's text format (all label sets). */
export function sumOf(text: string, metric: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !(line.startsWith(`${metric} `) || line.startsWith(`${metric}{`))) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  }
  return sum;
}
