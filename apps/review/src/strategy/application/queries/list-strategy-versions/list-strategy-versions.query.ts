import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { ChangelogEntry } from '../../ports/strategy-versions';

export class ListStrategyVersionsQuery {
  constructor(
    /** Keyset on (publishedAt, version), oldest first. */
    readonly page: PageRequest,
  ) {}
}

export type ChangelogView = KeysetPage<ChangelogEntry>;
