/** Publish the seed version if no strategy version is stored yet; the result says whether this did. */
export class SeedStrategyCommand {}
