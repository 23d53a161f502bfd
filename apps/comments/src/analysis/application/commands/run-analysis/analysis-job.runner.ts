import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { BackgroundLoop } from '@pb/observability';
import { Transactions } from '@pb/persistence';
import type { Logger } from 'pino';
import { analyseResponses } from '../../../domain/analyse-responses';
import { AnalysisJobs } from '../../ports/analysis-jobs.store';
import { AnalysisRepository } from '../../ports/analysis.repository';

export const ANALYSIS_JOBS_ENABLED = Symbol('ANALYSIS_JOBS_ENABLED');

/** How long a claim holds without a sign of life; the runner renews it every third of that while it computes. */
const LEASE_SECONDS = 30;
/** After this many claims that did not finish, the analysis is marked failed (and a new one can be started). */
const MAX_ATTEMPTS = 3;

/**
 * Runs queued analyses in the background. A job is claimed with a lease; the analysis itself is
 * deterministic (a fixed seed), so a job whose process died is simply computed again by the next
 * claim and lands on the same themes (resumable and idempotent). The computation gives the event
 * loop a turn between steps, so the service keeps answering meanwhile; the result is written in
 * one transaction, and only while the analysis is still `running`.
 */
@Injectable()
export class AnalysisJobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: BackgroundLoop;

  constructor(
    private readonly transactions: Transactions,
    private readonly analyses: AnalysisRepository,
    private readonly jobs: AnalysisJobs,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
    @Inject(ANALYSIS_JOBS_ENABLED) private readonly enabled: boolean,
  ) {
    this.loop = new BackgroundLoop({
      pass: () => this.runPending(),
      intervalMs: 1000,
      firstPassAfterMs: 0,
      logger,
      failureMessage: 'analysis runner failed; will retry',
    });
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Starts on queued work now instead of at the next poll (a no-op where this process runs no jobs). */
  kick(): void {
    this.loop.wake();
  }

  /** Claims and runs analyses until none is left; returns how many it finished. */
  async runPending(): Promise<number> {
    let done = 0;
    for (;;) {
      if (this.loop.stopping) return done;
      const job = await this.jobs.claim(LEASE_SECONDS);
      if (!job) return done;
      if (await this.run(job)) done++;
    }
  }

  private async run(job: { id: string; proposalId: string; attempts: number }): Promise<boolean> {
    const started = Date.now();
    let lastRenewal = started;
    try {
      const { questions, responses } = await this.jobs.source(job.proposalId);
      const findings = await analyseResponses(questions, responses, {
        pause: async () => {
          await new Promise((resolve) => setImmediate(resolve));
          if (Date.now() - lastRenewal > (LEASE_SECONDS * 1000) / 3) {
            lastRenewal = Date.now();
            await this.jobs.extendLease(job.id, LEASE_SECONDS);
          }
        },
      });
      return await this.transactions.run(async (tx) => {
        const analysis = await this.analyses.find(tx, job.id, { lock: true });
        if (!analysis || analysis.status !== 'running') return false;
        analysis.complete(findings, { responses: responses.length, k: findings.k, silhouette: findings.silhouette, vocabulary: findings.vocabulary, durationMs: Date.now() - started }, this.clock.now());
        await this.analyses.save(tx, analysis);
        this.logger.info({ analysisId: job.id, responses: responses.length, themes: findings.themes.length, ms: Date.now() - started }, 'analysis ready for review');
        return true;
      });
    } catch (err) {
      this.logger.error({ analysisId: job.id, attempt: job.attempts, err: (err as Error).message }, 'analysis failed');
      if (job.attempts >= MAX_ATTEMPTS) {
        await this.transactions.run(async (tx) => {
          const analysis = await this.analyses.find(tx, job.id, { lock: true });
          if (!analysis) return;
          analysis.fail();
          await this.analyses.save(tx, analysis);
        });
      }
      return false;
    }
  }
}
