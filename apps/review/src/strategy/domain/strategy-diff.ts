export interface ThemeVersion {
  code: string;
  title: string;
  ambition: string;
  actions: string[];
}

export interface ThemeDiff {
  code: string;
  change: 'added' | 'removed' | 'changed';
  title?: { from: string; to: string };
  ambition?: { from: string; to: string };
  actionsAdded: string[];
  actionsRemoved: string[];
}

/** What changed from one version's themes to another's: by theme code, actions compared as text. */
export function diffThemes(from: ThemeVersion[], to: ThemeVersion[]): ThemeDiff[] {
  const a = new Map(from.map((t) => [t.code, t]));
  const b = new Map(to.map((t) => [t.code, t]));
  const codes = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
  const out: ThemeDiff[] = [];
  for (const code of codes) {
    const before = a.get(code);
    const after = b.get(code);
    if (!before) out.push({ code, change: 'added', actionsAdded: after!.actions, actionsRemoved: [] });
    else if (!after) out.push({ code, change: 'removed', actionsAdded: [], actionsRemoved: before.actions });
    else {
      const added = after.actions.filter((x) => !before.actions.includes(x));
      const removed = before.actions.filter((x) => !after.actions.includes(x));
      const d: ThemeDiff = { code, change: 'changed', actionsAdded: added, actionsRemoved: removed };
      if (before.title !== after.title) d.title = { from: before.title, to: after.title };
      if (before.ambition !== after.ambition) d.ambition = { from: before.ambition, to: after.ambition };
      if (added.length || removed.length || d.title || d.ambition) out.push(d);
    }
  }
  return out;
}
