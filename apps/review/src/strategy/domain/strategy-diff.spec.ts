import { diffThemes } from './strategy-diff';

describe('diffThemes', () => {
  const t = (code: string, actions: string[], ambition = 'A') => ({ code, title: `T${code}`, ambition, actions });

  it('lists added, removed and changed themes with their actions, and leaves equal ones out', () => {
    const from = [t('1.1', ['a', 'b']), t('1.2', ['x']), t('2.1.2', ['w'])];
    const to = [t('1.1', ['a', 'c'], 'B'), t('2.1.2', ['w']), t('1.10', ['n'])];
    expect(diffThemes(from, to)).toEqual([
      { code: '1.1', change: 'changed', ambition: { from: 'A', to: 'B' }, actionsAdded: ['c'], actionsRemoved: ['b'] },
      { code: '1.2', change: 'removed', actionsAdded: [], actionsRemoved: ['x'] },
      { code: '1.10', change: 'added', actionsAdded: ['n'], actionsRemoved: [] },
    ]);
  });
});
