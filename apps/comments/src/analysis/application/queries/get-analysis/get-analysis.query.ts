/** The coordinator's view of an analysis: the proposal's newest one, or its newest signed-off one. */
export class GetAnalysisQuery {
  constructor(
    readonly proposalId: string,
    readonly which: 'latest' | 'signed-off',
  ) {}
}
