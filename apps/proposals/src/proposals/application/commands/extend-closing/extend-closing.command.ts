/** A coordinator moves the closing time of a scheduled or open consultation later. */
export class ExtendClosingCommand {
  constructor(
    readonly proposalId: string,
    readonly closesAt: Date,
    readonly coordinatorId: string,
  ) {}
}
