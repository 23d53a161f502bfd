import type { StrategyVersionPublishedV1 } from '@pb/contracts';
import type { Tx } from '@pb/persistence';

export type StrategyVersionFact = Pick<StrategyVersionPublishedV1, 'version' | 'title' | 'publishedAt' | 'changes' | 'themes'> & { previousVersion: string | null };

/** Every published strategy version and its themes (`strategy_versions`, `strategy_themes`), so old classifications stay resolvable. */
export abstract class StrategyVersionFacts {
  /** Stores a version, replacing what was known of it (a version event always carries all its themes). */
  abstract store(tx: Tx, version: StrategyVersionFact): Promise<void>;
}
