import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { ThemeVersion } from '@pb/kernel';

export interface ChangelogEntry {
  version: string;
  previousVersion: string | null;
  title: string;
  publishedAt: Date;
  changes: Record<string, unknown>[];
}

/**
 * The strategy versions and their themes as the review learnt them from StrategyVersionPublished
 * (read side; the projections write them).
 */
export abstract class StrategyVersions {
  /** Oldest first, keyset on (publishedAt, version). */
  abstract changelog(page: PageRequest): Promise<KeysetPage<ChangelogEntry>>;
  /** The themes of a version, or null when the version is not known. */
  abstract themes(version: string): Promise<ThemeVersion[] | null>;
}
