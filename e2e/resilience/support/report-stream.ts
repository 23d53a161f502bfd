import { Client } from 'pg';
import { TEST_PG } from '../../../libs/testing/src/test-database';
import { reportBody } from '../../support/report-body';

/**
 * Posts reports continuously (bounded: stops at `max` or when told) and remembers which ones the
 * loket accepted with a 201. A refused connection while a service is down is not an acceptance.
 */
export class ReportStream {
  readonly accepted: string[] = [];
  failures = 0;
  private running = false;
  private loops: Promise<void>[] = [];
  private n = 0;

  constructor(private readonly loketUrl: string, private readonly max = 6000, private readonly pauseMs = 50) {}

  start(concurrency = 2): void {
    this.running = true;
    this.loops = Array.from({ length: concurrency }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Resolves once `count` more reports have been accepted. */
  async acceptMore(count: number, timeoutMs = 60000): Promise<void> {
    const target = this.accepted.length + count;
    const deadline = Date.now() + timeoutMs;
    while (this.accepted.length < target) {
      if (Date.now() > deadline) throw new Error(`only ${this.accepted.length}/${target} reports accepted in time (${this.failures} failures)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async loop(): Promise<void> {
    while (this.running && this.n < this.max) {
      const n = ++this.n;
      try {
        const res = await fetch(`${this.loketUrl}/api/loket/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(reportBody(n, `stream-${n}@example.nl`)),
          signal: AbortSignal.timeout(10000),
        });
        if (res.status === 201) this.accepted.push(((await res.json()) as { reference: string }).reference);
        else this.failures++;
        await new Promise((r) => setTimeout(r, this.pauseMs)); // a steady stream, not a flood
      } catch {
        this.failures++;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
}

export async function referencesIn(database: string, sql: string): Promise<Set<string>> {
  const client = new Client({ ...TEST_PG, database });
  await client.connect();
  try {
    const { rows } = await client.query(sql);
    return new Set(rows.map((r: { reference: string }) => r.reference));
  } finally {
    await client.end();
  }
}

/** Waits until the review service has counted every report the loket stored. */
export async function waitUntilCounted(loketDb: string, reviewDb: string, timeoutMs = 60000): Promise<{ stored: Set<string>; counted: Set<string> }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stored = await referencesIn(loketDb, 'SELECT reference FROM barrier_reports');
    const counted = await referencesIn(reviewDb, 'SELECT reference FROM report_facts');
    if (counted.size >= stored.size || Date.now() > deadline) return { stored, counted };
    await new Promise((r) => setTimeout(r, 500));
  }
}
