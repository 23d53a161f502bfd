import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@pb/kernel';
import { SERVICE_LOGGER } from '@pb/http';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { ReviewBuilder, ReviewSnapshot } from '../domain/review-builder';
import { FigureDefinition, ReviewContent, ThemeSection } from '../domain/review-content';
import { ReviewDocumentStore } from '../infrastructure/review-document.store';
import { readReviewSnapshot } from '../infrastructure/review-snapshot.reader';

export const REVIEW_JOBS_ENABLED = Symbol('REVIEW_JOBS_ENABLED');

interface JobRow {
  id: string;
  year: number;
  status: string;
  step: number;
  total_steps: number;
  partial: Partial<{ snapshot: ReviewSnapshot; refs: string[] }>;
}

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
  private timer?: NodeJS.Timeout;
  private busy = false;
  private stopped = true;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
    @Inject(REVIEW_JOBS_ENABLED) private readonly enabled: boolean,
    private readonly documents: ReviewDocumentStore,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.stopped = false;
    const tick = (): void => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, 500);
    };
    tick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.busy) await new Promise((r) => setTimeout(r, 10));
  }

  kick(): void {
    if (this.busy || this.stopped) return;
    this.busy = true;
    void this.runPending()
      .catch((err: Error) => this.logger.error({ err: err.message }, 'review job runner failed; will retry'))
      .finally(() => (this.busy = false));
  }

  /** Claims and runs jobs until none is left (or `maxSteps` steps ran: tests use it to stop half-way). */
  async runPending(maxSteps = Infinity): Promise<number> {
    let steps = 0;
    while (steps < maxSteps && !(this.stopped && this.enabled)) {
      const id = await this.claim();
      if (!id) return steps;
      while (steps < maxSteps) {
        const more = await this.step(id);
        steps++;
        if (!more) break;
      }
    }
    return steps;
  }

  private async claim(): Promise<string | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE review_jobs SET status = 'running', lease_until = now() + make_interval(secs => $1), updated_at = now()
        WHERE id = (SELECT id FROM review_jobs WHERE status IN ('queued', 'running') AND (lease_until IS NULL OR lease_until < now())
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [LEASE_SECONDS],
    );
    return rows[0]?.id ?? null;
  }

  /** Runs the job's next step in one transaction; returns whether steps remain. */
  async step(id: string): Promise<boolean> {
    try {
      return await this.dataSource.transaction('REPEATABLE READ', async (m) => {
        const [job]: JobRow[] = await m.query(`SELECT id, year, status, step, total_steps, partial FROM review_jobs WHERE id = $1 FOR UPDATE`, [id]);
        if (!job || job.status !== 'running') return false;
        if (job.step === 0) {
          const snapshot = await readReviewSnapshot(m, job.year);
          const refs = new ReviewBuilder(snapshot, '').themeRefs();
          await m.query(`UPDATE review_jobs SET partial = $2 WHERE id = $1`, [id, JSON.stringify({ snapshot, refs })]);
          await this.advance(m, id, 1, refs.length + 2);
          return true;
        }
        const { snapshot, refs } = job.partial as { snapshot: ReviewSnapshot; refs: string[] };
        const builder = new ReviewBuilder(snapshot, `/api/review/years/${job.year}/revisions/{revision}/figures`);
        if (job.step <= refs.length) {
          const section = builder.section(refs[job.step - 1]);
          await m.query(`INSERT INTO review_job_parts (job_id, step, section, figures) VALUES ($1, $2, $3, $4)`, [id, job.step, JSON.stringify(section), JSON.stringify(builder.figures)]);
          await this.advance(m, id, job.step + 1, job.total_steps);
          return true;
        }
        const parts: { section: ThemeSection; figures: Record<string, FigureDefinition> }[] = await m.query(
          `SELECT section, figures FROM review_job_parts WHERE job_id = $1 ORDER BY step`,
          [id],
        );
        const totals = builder.totals();
        const [{ revision }] = await m.query(`SELECT coalesce(max(revision), 0) + 1 AS revision FROM reviews WHERE year = $1`, [job.year]);
        const content: ReviewContent = {
          year: job.year,
          revision,
          compiledAt: this.clock.now().toISOString(),
          asOfPosition: snapshot.asOfPosition,
          strategyVersion: snapshot.strategyVersion,
          totals,
          themes: parts.map((p) => p.section),
        };
        const figures = Object.assign({}, ...parts.map((p) => p.figures), builder.figures);
        // Links carry the revision, known only now.
        const text = JSON.stringify(content).split('/revisions/{revision}/').join(`/revisions/${revision}/`);
        await m.query(
          `INSERT INTO reviews (year, revision, job_id, compiled_at, as_of_position, content, figures) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [job.year, revision, id, content.compiledAt, snapshot.asOfPosition, text, JSON.stringify(figures)],
        );
        // HTML and PDF are part of the revision: rendered here, once, and only read afterwards.
        await this.documents.renderAll(m, JSON.parse(text) as ReviewContent);
        await m.query(
          `UPDATE review_jobs SET status = 'completed', step = total_steps, revision = $2, partial = '{}'::jsonb, lease_until = NULL, updated_at = now() WHERE id = $1`,
          [id, revision],
        );
        await m.query(`DELETE FROM review_job_parts WHERE job_id = $1`, [id]);
        this.logger.info({ year: job.year, revision }, 'review compiled');
        return false;
      });
    } catch (err) {
      this.logger.error({ jobId: id, err: (err as Error).message }, 'review compile step failed');
      await this.dataSource.query(`UPDATE review_jobs SET status = 'failed', error = $2, lease_until = NULL, updated_at = now() WHERE id = $1`, [id, 'compile step failed']);
      return false;
    }
  }

  private async advance(m: EntityManager, id: string, step: number, total: number): Promise<void> {
    await m.query(
      `UPDATE review_jobs SET step = $2, total_steps = $3, lease_until = now() + make_interval(secs => $4), updated_at = now() WHERE id = $1`,
      [id, step, total, LEASE_SECONDS],
    );
  }
}
