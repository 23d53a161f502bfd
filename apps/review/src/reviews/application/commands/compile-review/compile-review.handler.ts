import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import { ReviewJobs } from '../../ports/review-jobs';
import { CompileReviewCommand } from './compile-review.command';
import { ReviewJobRunner } from './review-job.runner';

/**
 * Queues a compile job for the year (or returns the one already under way: a second click must not
 * start a second compile). The runner picks it up at once.
 */
@CommandHandler(CompileReviewCommand)
export class CompileReviewHandler implements ICommandHandler<CompileReviewCommand, { jobId: string; created: boolean }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly jobs: ReviewJobs,
    private readonly runner: ReviewJobRunner,
  ) {}

  async execute(cmd: CompileReviewCommand): Promise<{ jobId: string; created: boolean }> {
    const result = await this.transactions.run(async (tx) => {
      // One compile per year at a time: serialise requests for the same year.
      await this.jobs.lockYear(tx, cmd.year);
      const existing = await this.jobs.activeJob(tx, cmd.year);
      if (existing) return { jobId: existing, created: false };
      const id = randomUUID();
      await this.jobs.queue(tx, { id, year: cmd.year, requestedBy: cmd.requestedBy });
      return { jobId: id, created: true };
    });
    this.runner.kick();
    return result;
  }
}
