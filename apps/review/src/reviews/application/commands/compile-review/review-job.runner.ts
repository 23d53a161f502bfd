import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Transactions } from '@pb/persistence';
import { Clock } from '@pb/kernel';
import { SERVICE_LOGGER } from '@pb/http';
import { BackgroundLoop } from '@pb/observability';
import { ReviewCompiledV1 } from '@pb/contracts';
import { OutboxWriter, createEvent } from '@pb/messaging';
import type { Logger } from 'pino';
import { ReviewBuilder, ReviewSnapshot } from '../../../domain/review-builder';
import { ReviewContent } from '../../../domain/review-content';
import { figuresDigest } from '../../../domain/figures-digest';
import { ReviewDocuments } from '../../ports/review-documents';
import { ReviewJobs } from '../../ports/review-jobs';
import { ReviewRevisions } from '../../ports/review-revisions';
import { ReviewSnapshots } from '../../ports/review-snapshots';

export const REVIEW_JOBS_ENABLED = Symbol('REVIEW_JOBS_ENABLED');

/** How long a running job stays claimed without progress before another process (or a restart) takes it over. */
const LEASE_SECONDS = 15;

/**
 * Compiles reviews from the `review_jobs` table, one step per transaction: first a consistent
 * snapshot, then one theme section per step, then the immutable revision. Progress is the step;
 * a process that dies mid-way leaves the job with an expiring lease, and whoever claims it next
 * (the restarted service) goes on from the last step done.
 */
@Injectable()
export class ReviewJobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: BackgroundLoop;

  constructor(
    private readonly transactions: Transactions,
    private readonly jobs: ReviewJobs,
    private readonly revisions: ReviewRevisions,
    private readonly snapshots: ReviewSnapshots,
    private readonly documents: ReviewDocuments,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
    @Inject(REVIEW_JOBS_ENABLED) private readonly enabled: boolean,
  ) {
    this.loop = new BackgroundLoop({
      pass: () => this.runPending(),
      intervalMs: 500,
      firstPassAfterMs: 0,
      logger,
      failureMessage: 'review job runner failed; will retry',
    });
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Starts on a queued job now instead of at the next poll (a no-op where this process runs no jobs). */
  kick(): void {
    this.loop.wake();
  }

  /** Claims and runs jobs until none is left (or `maxSteps` steps ran: tests use it to stop half-way). */
  async runPending(maxSteps = Infinity): Promise<number> {
    let steps = 0;
    while (steps < maxSteps && !this.loop.stopping) {
      const id = await this.jobs.claim(LEASE_SECONDS);
      if (!id) return steps;
      while (steps < maxSteps) {
        const more = await this.step(id);
        steps++;
        if (!more) break;
      }
    }
    return steps;
  }

  /** Runs the job's next step in one transaction; returns whether steps remain. */
  async step(id: string): Promise<boolean> {
    try {
      return await this.transactions.run(async (tx) => {
        const job = await this.jobs.lockForStep(tx, id);
        if (!job || job.status !== 'running') return false;
        if (job.step === 0) {
          const snapshot = await this.snapshots.read(tx, job.year);
          const refs = new ReviewBuilder(snapshot, '').themeRefs();
          await this.jobs.keepPartial(tx, id, { snapshot, refs });
          await this.jobs.advance(tx, id, 1, refs.length + 2, LEASE_SECONDS);
          return true;
        }
        const { snapshot, refs } = job.partial as { snapshot: ReviewSnapshot; refs: string[] };
        const builder = new ReviewBuilder(snapshot, `/api/review/years/${job.year}/revisions/{revision}/figures`);
        if (job.step <= refs.length) {
          const section = builder.section(refs[job.step - 1]);
          await this.jobs.addPart(tx, id, job.step, { section, figures: builder.figures });
          await this.jobs.advance(tx, id, job.step + 1, job.totalSteps, LEASE_SECONDS);
          return true;
        }
        const parts = await this.jobs.parts(tx, id);
        const totals = builder.totals();
        const revision = await this.revisions.nextRevision(tx, job.year);
        const content: ReviewContent = {
          year: job.year,
          revision,
          compiledAt: this.clock.now().toISOString(),
          asOfPosition: snapshot.asOfPosition,
          strategyVersion: snapshot.strategyVersion,
          totals,
          themes: parts.map((p) => p.section),
          reportsPerMonth: builder.reportsPerMonth(),
        };
        const figures = Object.assign({}, ...parts.map((p) => p.figures), builder.figures);
        // Links carry the revision, known only now.
        const text = JSON.stringify(content).split('/revisions/{revision}/').join(`/revisions/${revision}/`);
        await this.revisions.insert(tx, { year: job.year, revision, jobId: id, compiledAt: content.compiledAt, asOf: { position: snapshot.asOfPosition, snapshot: snapshot.asOfSnapshot ?? null }, contentJson: text, figures });
        // HTML and PDF are part of the revision: rendered here, once, and only read afterwards.
        await this.documents.renderAll(tx, JSON.parse(text) as ReviewContent);
        // ReviewCompiled in the same transaction as the revision: published exactly when it exists.
        const compiled: ReviewCompiledV1 = {
          year: job.year,
          revision,
          jobId: id,
          strategyVersion: snapshot.strategyVersion,
          asOfPosition: String(snapshot.asOfPosition),
          figuresDigest: figuresDigest(figures),
          compiledAt: content.compiledAt,
        };
        await this.outbox.append(tx, [
          createEvent(ReviewCompiledV1, compiled, { aggregateId: `review-${job.year}`, aggregateVersion: revision, actor: { role: 'system', id: 'review' }, occurredAt: new Date(content.compiledAt) }),
        ]);
        await this.jobs.complete(tx, id, revision);
        this.logger.info({ year: job.year, revision }, 'review compiled');
        return false;
      }, 'REPEATABLE READ');
    } catch (err) {
      this.logger.error({ jobId: id, err: (err as Error).message }, 'review compile step failed');
      await this.jobs.fail(id, 'compile step failed');
      return false;
    }
  }
}
