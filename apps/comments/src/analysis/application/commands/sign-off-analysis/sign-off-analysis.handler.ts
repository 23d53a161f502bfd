import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsultationAnalysisSignedOffV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { createEvent, OutboxWriter } from '@pb/messaging';
import { Transactions } from '@pb/persistence';
import { AnalysisNotFoundError } from '../../../domain/analysis.errors';
import { STANCES } from '../../../domain/stance';
import { AnalysisRepository } from '../../ports/analysis.repository';
import { SignOffAnalysisCommand } from './sign-off-analysis.command';

/**
 * The coordinator signs the reviewed analysis off: from now on it feeds the consultation report.
 * ConsultationAnalysisSignedOff goes out in the same transaction (the outbox): themes with sizes
 * and response ids, stance counts, and a label only where the coordinator typed it — the label
 * made of the distinguishing words is the respondents' own words and stays here.
 */
@CommandHandler(SignOffAnalysisCommand)
export class SignOffAnalysisHandler implements ICommandHandler<SignOffAnalysisCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly analyses: AnalysisRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ proposalId, analysisId, actor }: SignOffAnalysisCommand): Promise<void> {
    await this.transactions.run(async (tx) => {
      const analysis = await this.analyses.find(tx, analysisId, { lock: true });
      if (!analysis || analysis.snapshot().proposalId !== proposalId) throw new AnalysisNotFoundError();
      const now = this.clock.now();
      analysis.signOff(actor, now);
      const s = analysis.snapshot();
      const payload: ConsultationAnalysisSignedOffV1 = {
        analysisId: s.id,
        proposalId: s.proposalId,
        responses: s.method?.responses ?? 0,
        themes: s.themes.map((t) => ({ themeId: t.id, label: t.labelSource === 'coordinator' ? t.label : null, labelSource: t.labelSource, size: t.responseIds.length, responseIds: t.responseIds })),
        stances: s.stances.map((q) => ({ questionId: q.questionId, ...(Object.fromEntries(STANCES.map((stance) => [stance, q.stances[stance].length])) as Record<(typeof STANCES)[number], number>) })),
        revisions: s.revisions,
        signedOffAt: now.toISOString(),
      };
      await this.analyses.save(tx, analysis);
      await this.outbox.append(tx, [createEvent(ConsultationAnalysisSignedOffV1, payload, { aggregateId: s.id, aggregateVersion: s.version + 1, actor: { role: 'coordinator', id: actor }, occurredAt: now })]);
    });
  }
}
