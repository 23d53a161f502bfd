import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ReviewJobRunner } from '../../review-job.runner';
import { CompileReviewCommand } from './compile-review.command';

/**
 * Queues a compile job for the year (or returns the one already under way: a second click must not
 * start a second compile). The runner picks it up at once.
 */
@CommandHandler(CompileReviewCommand)
export class CompileReviewHandler implements ICommandHandler<CompileReviewCommand, { jobId: string; created: boolean }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: ReviewJobRunner,
  ) {}

  async execute(cmd: CompileReviewCommand): Promise<{ jobId: string; created: boolean }> {
    const result = await this.dataSource.transaction(async (m) => {
      // One compile per year at a time: serialise requests for the same year.
      await m.query(`SELECT pg_advisory_xact_lock(7420100, $1)`, [cmd.year]);
      const [existing] = await m.query(`SELECT id FROM review_jobs WHERE year = $1 AND status IN ('queued', 'running') LIMIT 1`, [cmd.year]);
      if (existing) return { jobId: existing.id as string, created: false };
      const id = randomUUID();
      await m.query(`INSERT INTO review_jobs (id, year, status, requested_by) VALUES ($1, $2, 'queued', $3)`, [id, cmd.year, cmd.requestedBy]);
      return { jobId: id, created: true };
    });
    this.runner.kick();
    return result;
  }
}
