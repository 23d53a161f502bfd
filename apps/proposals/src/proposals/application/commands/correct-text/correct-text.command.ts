/** A coordinator corrects the text of a published proposal: a new text version. */
export class CorrectTextCommand {
  constructor(
    readonly proposalId: string,
    readonly body: string,
    readonly coordinatorId: string,
  ) {}
}
