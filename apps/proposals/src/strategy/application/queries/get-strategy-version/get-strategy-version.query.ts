import type { StrategyThemesDiff } from '@pb/kernel';
import type { StrategyTheme, StrategyVersion } from '../../../domain/strategy-version';

/** One version; with `diffAgainst`, also what changed between the two. */
export class GetStrategyVersionQuery {
  constructor(
    readonly version: string,
    readonly diffAgainst?: string,
  ) {}
}

/** The diff always reads from the older version (`from`) to the newer one (`to`). */
export type StrategyVersionDiff = { from: string; to: string } & StrategyThemesDiff<StrategyTheme>;

export type StrategyVersionView = StrategyVersion & { diff?: StrategyVersionDiff };
