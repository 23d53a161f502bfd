import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ReviewLocks } from '../../../advisory-locks';
import { ReviewJobPart, ReviewJobPartial, ReviewJobRecord, ReviewJobs } from '../../application/ports/review-jobs';

interface JobRow {
  id: string;
  year: number;
  status: ReviewJobRecord['status'];
  step: number;
  total_steps: number;
  revision: number | null;
  created_at: Date;
  updated_at: Date;
}

const toRecord = (r: JobRow): ReviewJobRecord => ({
  id: r.id,
  year: r.year,
  status: r.status,
  step: r.step,
  totalSteps: r.total_steps,
  revision: r.revision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS = `id, year, status, step, total_steps, revision, created_at, updated_at`;

/** `review_jobs` and `review_job_parts`, with parameterised SQL. */
@Injectable()
export class SqlReviewJobs extends ReviewJobs {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async lockYear(tx: EntityManager, year: number): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock($1, $2)`, [ReviewLocks.compileReview, year]);
  }

  async activeJob(tx: EntityManager, year: number): Promise<string | null> {
    const [existing] = await tx.query(`SELECT id FROM review_jobs WHERE year = $1 AND status IN ('queued', 'running') LIMIT 1`, [year]);
    return existing ? (existing.id as string) : null;
  }

  async queue(tx: EntityManager, job: { id: string; year: number; requestedBy: string }): Promise<void> {
    await tx.query(`INSERT INTO review_jobs (id, year, status, requested_by) VALUES ($1, $2, 'queued', $3)`, [job.id, job.year, job.requestedBy]);
  }

  async find(id: string): Promise<ReviewJobRecord | null> {
    const [job]: JobRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM review_jobs WHERE id = $1`, [id]);
    return job ? toRecord(job) : null;
  }

  async claim(leaseSeconds: number): Promise<string | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE review_jobs SET status = 'running', lease_until = now() + make_interval(secs => $1), updated_at = now()
        WHERE id = (SELECT id FROM review_jobs WHERE status IN ('queued', 'running') AND (lease_until IS NULL OR lease_until < now())
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [leaseSeconds],
    );
    return rows[0]?.id ?? null;
  }

  async lockForStep(tx: EntityManager, id: string): Promise<(ReviewJobRecord & { partial: ReviewJobPartial }) | null> {
    const [job]: (JobRow & { partial: ReviewJobPartial })[] = await tx.query(`SELECT ${COLUMNS}, partial FROM review_jobs WHERE id = $1 FOR UPDATE`, [id]);
    return job ? { ...toRecord(job), partial: job.partial } : null;
  }

  async keepPartial(tx: EntityManager, id: string, partial: ReviewJobPartial): Promise<void> {
    await tx.query(`UPDATE review_jobs SET partial = $2 WHERE id = $1`, [id, JSON.stringify(partial)]);
  }

  async advance(tx: EntityManager, id: string, step: number, totalSteps: number, leaseSeconds: number): Promise<void> {
    await tx.query(
      `UPDATE review_jobs SET step = $2, total_steps = $3, lease_until = now() + make_interval(secs => $4), updated_at = now() WHERE id = $1`,
      [id, step, totalSteps, leaseSeconds],
    );
  }

  async addPart(tx: EntityManager, id: string, step: number, part: ReviewJobPart): Promise<void> {
    await tx.query(`INSERT INTO review_job_parts (job_id, step, section, figures) VALUES ($1, $2, $3, $4)`, [id, step, JSON.stringify(part.section), JSON.stringify(part.figures)]);
  }

  parts(tx: EntityManager, id: string): Promise<ReviewJobPart[]> {
    return tx.query(`SELECT section, figures FROM review_job_parts WHERE job_id = $1 ORDER BY step`, [id]);
  }

  async complete(tx: EntityManager, id: string, revision: number): Promise<void> {
    await tx.query(
      `UPDATE review_jobs SET status = 'completed', step = total_steps, revision = $2, partial = '{}'::jsonb, lease_until = NULL, updated_at = now() WHERE id = $1`,
      [id, revision],
    );
    await tx.query(`DELETE FROM review_job_parts WHERE job_id = $1`, [id]);
  }

  async fail(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE review_jobs SET status = 'failed', error = $2, lease_until = NULL, updated_at = now() WHERE id = $1`, [id, error]);
  }
}
