/**
 * The one diff of strategy versions (the proposals service serves it with a version, the review
 * with its changelog). Themes are matched by code; actions are compared as texts, so a reworded
 * action is one removed and one added.
 */

/** What a diff needs of a theme; services pass their own richer theme type through unchanged. */
export interface ThemeVersion {
  code: string;
  title: string;
  ambition: string;
  actions: readonly string[];
}

/** A theme present in both versions that changed: title, ambition and/or actions. */
export interface ThemeChange<T extends ThemeVersion = ThemeVersion> {
  code: string;
  before: T;
  after: T;
  title?: { from: string; to: string };
  ambition?: { from: string; to: string };
  actionsAdded: string[];
  actionsRemoved: string[];
}

export interface StrategyThemesDiff<T extends ThemeVersion = ThemeVersion> {
  /** Themes only in the newer version, in its order. */
  added: T[];
  /** Themes only in the older version, in its order. */
  removed: T[];
  /** Themes in both that changed, in the older version's order; equal ones are left out. */
  changed: ThemeChange<T>[];
}

/** What changed from one version's themes to another's. */
export function diffStrategyThemes<T extends ThemeVersion>(from: readonly T[], to: readonly T[]): StrategyThemesDiff<T> {
  const before = new Map(from.map((t) => [t.code, t]));
  const after = new Map(to.map((t) => [t.code, t]));
  const changed: ThemeChange<T>[] = [];
  for (const b of before.values()) {
    const a = after.get(b.code);
    if (!a) continue;
    const actionsAdded = a.actions.filter((x) => !b.actions.includes(x));
    const actionsRemoved = b.actions.filter((x) => !a.actions.includes(x));
    const change: ThemeChange<T> = { code: b.code, before: b, after: a, actionsAdded, actionsRemoved };
    if (a.title !== b.title) change.title = { from: b.title, to: a.title };
    if (a.ambition !== b.ambition) change.ambition = { from: b.ambition, to: a.ambition };
    if (actionsAdded.length || actionsRemoved.length || change.title || change.ambition) changed.push(change);
  }
  return { added: to.filter((t) => !before.has(t.code)), removed: from.filter((t) => !after.has(t.code)), changed };
}

/** One line of the flat form of a diff: a theme added, removed or changed. */
export interface ThemeDiff {
  code: string;
  change: 'added' | 'removed' | 'changed';
  title?: { from: string; to: string };
  ambition?: { from: string; to: string };
  actionsAdded: string[];
  actionsRemoved: string[];
}

/** Theme codes in reading order: 1.2 before 1.10 before 2.1.2. */
const byCode = (x: { code: string }, y: { code: string }) => x.code.localeCompare(y.code, 'en', { numeric: true });

/**
 * The same diff as one list sorted by theme code: an added theme lists all its actions as added, a
 * removed theme all its actions as removed.
 */
export function themeDiffsByCode(from: readonly ThemeVersion[], to: readonly ThemeVersion[]): ThemeDiff[] {
  const diff = diffStrategyThemes(from, to);
  return [
    ...diff.added.map((t): ThemeDiff => ({ code: t.code, change: 'added', actionsAdded: [...t.actions], actionsRemoved: [] })),
    ...diff.removed.map((t): ThemeDiff => ({ code: t.code, change: 'removed', actionsAdded: [], actionsRemoved: [...t.actions] })),
    ...diff.changed.map(
      (c): ThemeDiff => ({
        code: c.code,
        change: 'changed',
        actionsAdded: c.actionsAdded,
        actionsRemoved: c.actionsRemoved,
        ...(c.title ? { title: c.title } : {}),
        ...(c.ambition ? { ambition: c.ambition } : {}),
      }),
    ),
  ].sort(byCode);
}
