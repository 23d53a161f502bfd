/** The responses picked for each topic of a proposal's consultation report. */
export class ListReportPicksQuery {
  constructor(readonly proposalId: string) {}
}
