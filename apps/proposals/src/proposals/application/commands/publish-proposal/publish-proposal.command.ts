export class PublishProposalCommand {
  constructor(
    readonly proposalId: string,
    readonly coordinatorId: string,
  ) {}
}
