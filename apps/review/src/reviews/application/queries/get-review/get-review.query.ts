export class GetReviewQuery {
  constructor(
    readonly year: number,
    /** Latest when absent. */
    readonly revision?: number,
  ) {}
}
