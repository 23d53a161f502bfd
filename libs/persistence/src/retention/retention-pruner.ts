import { Counter } from 'prom-client';
import { BackgroundLoop, metricsRegistry } from '@pb/observability';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { LibraryLocks } from '../advisory-locks';
import type { RetentionRegistry } from './retention-registry';

export const retentionRowsPruned = new Counter({
  name: 'pb_retention_rows_pruned_total',
  help: 'Rows deleted or erased by the retention pruner, by task',
  labelNames: ['task'],
  registers: [metricsRegistry],
});

export interface RetentionPrunerOptions {
  intervalSeconds: number;
  batchSize: number;
  maxBatches: number;
  /** Delay of the first run after start (default: a minute, or the interval if shorter). */
  firstRunAfterMs?: number;
}

/**
 * Runs every registered retention task on a schedule. Several replicas of a service run it side by
 * side: each batch takes the task's advisory lock first (try, never wait), so one replica prunes a
 * table while the others skip it; inside, SKIP LOCKED keeps pruning out of the way of live work.
 * Batches are bounded and each commits on its own. Logs and metrics carry counts only.
 */
export class RetentionPruner {
  private readonly loop: BackgroundLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: RetentionRegistry,
    private readonly logger: Logger,
    private readonly options: RetentionPrunerOptions,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.loop = new BackgroundLoop({
      pass: () => this.runOnce(),
      intervalMs: options.intervalSeconds * 1000,
      firstPassAfterMs: options.firstRunAfterMs ?? Math.min(60_000, options.intervalSeconds * 1000),
      logger,
      failureMessage: 'retention run failed; next run as scheduled',
    });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One pass over every task; returns the rows pruned per task (tasks another replica holds: 0). */
  async runOnce(now: Date = this.now()): Promise<Record<string, number>> {
    const pruned: Record<string, number> = {};
    for (const task of this.registry.all()) {
      let total = 0;
      for (let batch = 0; batch < this.options.maxBatches && !this.loop.stopping; batch++) {
        const n = await this.dataSource.transaction(async (manager) => {
          const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked`, [LibraryLocks.retentionPruner, task.name]);
          return locked ? task.pruneBatch(manager, now, this.options.batchSize) : -1;
        });
        if (n < 0) break;
        total += n;
        if (n < this.options.batchSize) break;
      }
      pruned[task.name] = total;
      if (total > 0) {
        retentionRowsPruned.inc({ task: task.name }, total);
        this.logger.info({ task: task.name, rows: total }, 'retention: rows pruned');
      }
    }
    return pruned;
  }
}
