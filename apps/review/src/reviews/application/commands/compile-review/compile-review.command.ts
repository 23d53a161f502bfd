export class CompileReviewCommand {
  constructor(
    readonly year: number,
    /** Pseudonymous id of the coordinator. */
    readonly requestedBy: string,
  ) {}
}
