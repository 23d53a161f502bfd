/** The themes of one strategy version (what a diff compares). */
export class GetStrategyThemesQuery {
  constructor(readonly version: string) {}
}
