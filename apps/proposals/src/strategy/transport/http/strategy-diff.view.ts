import type { StrategyVersionDiff } from '../../application/queries/get-strategy-version/get-strategy-version.query';

/**
 * The diff as this API has always served it (`?diff=`): added and removed themes whole, changed
 * themes with the newer title, `title_changed`/`ambition` when those changed, and the actions.
 */
export function strategyDiffView(diff: StrategyVersionDiff) {
  return {
    from: diff.from,
    to: diff.to,
    added: diff.added,
    removed: diff.removed,
    changed: diff.changed.map((c) => ({
      code: c.code,
      title: c.after.title,
      actions: { added: c.actionsAdded, removed: c.actionsRemoved },
      ...(c.title ? { title_changed: c.title } : {}),
      ...(c.ambition ? { ambition: c.ambition } : {}),
    })),
  };
}
