export class GetProposalQuery {
  constructor(
    readonly id: string,
    readonly isCoordinator: boolean,
  ) {}
}
