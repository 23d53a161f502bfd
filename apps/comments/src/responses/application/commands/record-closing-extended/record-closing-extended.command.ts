/** The proposals service moved a consultation's closing time later (ProposalClosingExtended). */
export class RecordClosingExtendedCommand {
  constructor(
    readonly proposalId: string,
    readonly closesAt: Date,
  ) {}
}
