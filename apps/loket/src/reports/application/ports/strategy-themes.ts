import type { Tx } from '@pb/persistence';

export interface StrategyVersionThemes {
  version: string;
  title: string;
  publishedAt: Date;
  themes: { code: string; title: string }[];
}

/** The loket's local projection of the strategy (from `strategy.StrategyVersionPublished`). */
export abstract class StrategyThemes {
  /** The most recently published version, or null before the first one arrived. */
  abstract current(manager: Tx): Promise<StrategyVersionThemes | null>;
  abstract store(manager: Tx, version: StrategyVersionThemes): Promise<void>;
}
