export class StartAnalysisCommand {
  constructor(
    readonly proposalId: string,
    readonly requestedBy: string,
  ) {}
}
