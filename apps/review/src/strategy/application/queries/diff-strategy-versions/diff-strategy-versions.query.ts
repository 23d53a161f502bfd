import type { ThemeDiff } from '@pb/kernel';

/** The themes added, removed or changed from strategy version `from` to `to`. */
export class DiffStrategyVersionsQuery {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {}
}

export interface StrategyVersionsDiff {
  from: string;
  to: string;
  themes: ThemeDiff[];
}
