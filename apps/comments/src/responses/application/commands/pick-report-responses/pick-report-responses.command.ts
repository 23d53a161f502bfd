/** The coordinator picks (or drops) responses for one topic of the consultation report. */
export class PickReportResponsesCommand {
  constructor(
    readonly proposalId: string,
    /** Which topic of the report form (1, 2, 3 …). */
    readonly slot: number,
    readonly responseIds: string[],
    readonly action: 'add' | 'remove',
  ) {}
}
