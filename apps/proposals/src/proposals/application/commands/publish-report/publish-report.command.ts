import type { ReportAnswer } from '../../../domain/proposal.aggregate';

export class PublishReportCommand {
  constructor(
    readonly proposalId: string,
    readonly summary: string,
    readonly answers: ReportAnswer[],
    readonly coordinatorId: string,
  ) {}
}
