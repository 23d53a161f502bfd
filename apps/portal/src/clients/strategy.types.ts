/** The proposals service's strategy as the pages read it. */

export interface Theme {
  code: string;
  title: string;
  ambition?: string;
  actions?: string[];
}

export interface StrategyVersion {
  version: string;
  previousVersion: string | null;
  title: string;
  publishedAt: string;
  themes?: Theme[];
  changelog?: { kind: string; themeCode: string; summary: string }[];
  diff?: { from: string; to: string; added?: unknown[]; removed?: unknown[]; changed?: unknown[] };
}

/** A theme in a version's difference from the previous one. */
export interface ChangedTheme {
  code: string;
  title?: string;
  ambition?: { before?: string; after?: string };
  actions?: { added?: string[]; removed?: string[] };
}
