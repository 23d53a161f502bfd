import { diffStrategyThemes, themeDiffsByCode } from './strategy-diff';

const t = (code: string, actions: string[], ambition = 'A') => ({ code, title: `T${code}`, ambition, actions });

describe('diffStrategyThemes', () => {
  it('finds nothing between a version and itself', () => {
    const themes = [t('1.1', ['a']), t('1.2', ['b'])];
    expect(diffStrategyThemes(themes, themes)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('groups added, removed and changed themes, each list in the order of its version', () => {
    const from = [t('1.2', ['x']), t('1.1', ['a', 'b']), t('2.1.2', ['w']), t('3.1', [])];
    const to = [t('2.2', ['q']), t('1.1', ['a', 'c'], 'B'), t('2.1.2', ['w']), t('1.10', ['n']), { ...t('1.2', ['x']), title: 'Nieuw' }];
    const diff = diffStrategyThemes(from, to);
    expect(diff.added.map((x) => x.code)).toEqual(['2.2', '1.10']);
    expect(diff.removed.map((x) => x.code)).toEqual(['3.1']);
    expect(diff.changed).toEqual([
      { code: '1.2', before: from[0], after: to[4], title: { from: 'T1.2', to: 'Nieuw' }, actionsAdded: [], actionsRemoved: [] },
      { code: '1.1', before: from[1], after: to[1], ambition: { from: 'A', to: 'B' }, actionsAdded: ['c'], actionsRemoved: ['b'] },
    ]);
  });

  it('passes the caller\'s own theme objects through, extra fields and all', () => {
    const added = { ...t('4.1', ['z']), track: 2, spearhead: 1 };
    expect(diffStrategyThemes([t('1.1', [])], [t('1.1', []), added]).added[0]).toBe(added);
  });

  it('compares actions as texts: a reworded action is one removed and one added', () => {
    const [change] = diffStrategyThemes([t('1.1', ['Een loket.'])], [t('1.1', ['Een digitaal loket.'])]).changed;
    expect(change).toMatchObject({ actionsAdded: ['Een digitaal loket.'], actionsRemoved: ['Een loket.'] });
  });
});

describe('themeDiffsByCode', () => {
  it('lists added, removed and changed themes with their actions, and leaves equal ones out', () => {
    const from = [t('1.1', ['a', 'b']), t('1.2', ['x']), t('2.1.2', ['w'])];
    const to = [t('1.1', ['a', 'c'], 'B'), t('2.1.2', ['w']), t('1.10', ['n'])];
    expect(themeDiffsByCode(from, to)).toEqual([
      { code: '1.1', change: 'changed', ambition: { from: 'A', to: 'B' }, actionsAdded: ['c'], actionsRemoved: ['b'] },
      { code: '1.2', change: 'removed', actionsAdded: [], actionsRemoved: ['x'] },
      { code: '1.10', change: 'added', actionsAdded: ['n'], actionsRemoved: [] },
    ]);
  });

  it('reports a changed title under `title`', () => {
    expect(themeDiffsByCode([t('1.1', ['a'])], [{ ...t('1.1', ['a']), title: 'Nieuw' }])).toEqual([
      { code: '1.1', change: 'changed', title: { from: 'T1.1', to: 'Nieuw' }, actionsAdded: [], actionsRemoved: [] },
    ]);
  });
});
