import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import { AnalysisProposalNotFoundError } from '../../../domain/analysis.errors';
import { ConsultationAnalysis } from '../../../domain/consultation-analysis.aggregate';
import { AnalysisJobs } from '../../ports/analysis-jobs.store';
import { AnalysisRepository } from '../../ports/analysis.repository';
import { AnalysisJobRunner } from '../run-analysis/analysis-job.runner';
import { StartAnalysisCommand } from './start-analysis.command';

/**
 * Queues an analysis of the proposal's responses (open or closed), or answers the one already
 * queued or running: a second click starts nothing. The runner picks it up at once.
 */
@CommandHandler(StartAnalysisCommand)
export class StartAnalysisHandler implements ICommandHandler<StartAnalysisCommand, { analysisId: string; created: boolean }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly analyses: AnalysisRepository,
    private readonly jobs: AnalysisJobs,
    private readonly runner: AnalysisJobRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ proposalId, requestedBy }: StartAnalysisCommand): Promise<{ analysisId: string; created: boolean }> {
    if ((await this.jobs.questions(proposalId)) === null) throw new AnalysisProposalNotFoundError();
    const { id, created } = await this.transactions.run((tx) => this.analyses.queue(tx, ConsultationAnalysis.queue(randomUUID(), proposalId, requestedBy, this.clock.now())));
    this.runner.kick();
    return { analysisId: id, created };
  }
}
