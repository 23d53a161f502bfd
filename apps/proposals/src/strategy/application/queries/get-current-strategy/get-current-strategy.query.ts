/** The strategy version current now: the one published last. */
export class GetCurrentStrategyQuery {}
