import type { Tx } from '@pb/persistence';

/** The strategy versions as the review learnt them (port; read in the caller's transaction). */
export abstract class StrategyCatalogue {
  /** The latest published version, or null before the first one. */
  abstract latestVersion(tx: Tx): Promise<string | null>;
  /** The theme's actions in that version, or null when the theme is not in it. */
  abstract theme(tx: Tx, version: string, code: string): Promise<{ actions: string[] } | null>;
  /** Every published version number. */
  abstract publishedVersions(tx: Tx): Promise<string[]>;
}
