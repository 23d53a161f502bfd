import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { StrategyVersion } from '../../domain/strategy-version';

/** A version in the list of versions: its changelog, without the (large) tracks and themes. */
export type StrategyVersionSummary = Omit<StrategyVersion, 'tracks' | 'themes'>;

/** Strategy versions for the public pages (reads outside any transaction). */
export abstract class StrategyVersionReadModel {
  abstract current(): Promise<StrategyVersion | null>;
  abstract find(version: string): Promise<StrategyVersion | null>;
  /** Newest first, keyset on the publication sequence. */
  abstract list(page: PageRequest): Promise<KeysetPage<StrategyVersionSummary>>;
}
