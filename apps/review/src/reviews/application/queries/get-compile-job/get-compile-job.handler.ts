import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReviewJobNotFoundError } from '../../../domain/review.errors';
import { ReviewJobs } from '../../ports/review-jobs';
import { CompileJobView, GetCompileJobQuery } from './get-compile-job.query';

/** A compile job: status and progress, and the review once done. */
@QueryHandler(GetCompileJobQuery)
export class GetCompileJobHandler implements IQueryHandler<GetCompileJobQuery, CompileJobView> {
  constructor(private readonly jobs: ReviewJobs) {}

  async execute(q: GetCompileJobQuery): Promise<CompileJobView> {
    const job = await this.jobs.find(q.id);
    if (!job) throw new ReviewJobNotFoundError();
    const total = job.totalSteps || 1;
    return {
      id: job.id,
      year: job.year,
      status: job.status,
      progress: { step: job.step, totalSteps: job.totalSteps, percent: job.status === 'completed' ? 100 : Math.floor((job.step / total) * 100) },
      revision: job.revision,
      review: job.revision ? `/api/review/years/${job.year}?revision=${job.revision}` : null,
      createdAt: new Date(job.createdAt).toISOString(),
      updatedAt: new Date(job.updatedAt).toISOString(),
    };
  }
}
