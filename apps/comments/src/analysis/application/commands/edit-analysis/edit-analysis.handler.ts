import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import { AnalysisNotFoundError } from '../../../domain/analysis.errors';
import type { ConsultationAnalysis } from '../../../domain/consultation-analysis.aggregate';
import { AnalysisRepository } from '../../ports/analysis.repository';
import { EditAnalysisCommand, ThemeEdit } from './edit-analysis.command';

/** A coordinator's change to the themes under review: applied by the aggregate's rules and logged as a revision. */
@CommandHandler(EditAnalysisCommand)
export class EditAnalysisHandler implements ICommandHandler<EditAnalysisCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly analyses: AnalysisRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ proposalId, analysisId, edit, actor }: EditAnalysisCommand): Promise<void> {
    await this.transactions.run(async (tx) => {
      const analysis = await this.analyses.find(tx, analysisId, { lock: true });
      if (!analysis || analysis.snapshot().proposalId !== proposalId) throw new AnalysisNotFoundError();
      apply(analysis, edit, actor, this.clock.now());
      await this.analyses.save(tx, analysis);
    });
  }
}

function apply(analysis: ConsultationAnalysis, edit: ThemeEdit, actor: string, now: Date): void {
  switch (edit.kind) {
    case 'rename':
      return analysis.rename(edit.themeId, edit.label, actor, now);
    case 'reject-label':
      return analysis.rejectLabel(edit.themeId, actor, now);
    case 'merge':
      return analysis.merge(edit.intoThemeId, edit.themeId, actor, now);
    case 'split':
      return void analysis.split(edit.themeId, edit.responseIds, edit.label, actor, now);
    case 'move':
      return analysis.move(edit.responseId, edit.toThemeId, actor, now);
  }
}
