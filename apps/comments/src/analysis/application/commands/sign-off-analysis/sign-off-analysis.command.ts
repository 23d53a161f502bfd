export class SignOffAnalysisCommand {
  constructor(
    readonly proposalId: string,
    readonly analysisId: string,
    readonly actor: string,
  ) {}
}
