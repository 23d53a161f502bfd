export class RecordProposalAnsweredCommand {
  constructor(
    readonly proposalId: string,
    readonly title: string,
    /** When the consultation report was published. */
    readonly answeredAt: Date,
  ) {}
}
