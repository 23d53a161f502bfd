import type { EntityManager } from 'typeorm';

export interface StrategyVersionThemes {
  version: string;
  title: string;
  publishedAt: Date;
  themes: { code: string; title: string }[];
}

/** The loket's local projection of the strategy (from `strategy.StrategyVersionPublished`). */
export abstract class StrategyThemes {
  /** The most recently published version, or null before the first one arrived. */
  abstract current(manager: EntityManager): Promise<StrategyVersionThemes | null>;
  abstract store(manager: EntityManager, version: StrategyVersionThemes): Promise<void>;
}
