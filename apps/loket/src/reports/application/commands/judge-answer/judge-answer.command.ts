/** The reporter's judgement of the answer to their resolved report, through their private link. */
export class JudgeAnswerCommand {
  constructor(
    readonly reference: string,
    readonly token: string,
    readonly helped: boolean,
    /** Required when it did not help: why not (goes to the handler as the reporter's message). */
    readonly reason?: string,
  ) {}
}
