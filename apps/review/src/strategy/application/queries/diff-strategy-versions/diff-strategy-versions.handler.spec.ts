import type { KeysetPage, ThemeVersion } from '@pb/kernel';
import { UnknownStrategyVersionError } from '../../../domain/strategy.errors';
import { ChangelogEntry, StrategyVersions } from '../../ports/strategy-versions';
import { DiffStrategyVersionsHandler } from './diff-strategy-versions.handler';
import { DiffStrategyVersionsQuery } from './diff-strategy-versions.query';

const theme = (code: string, actions: string[], title = `Thema ${code}`): ThemeVersion => ({ code, title, ambition: 'Ambitie', actions });

class InMemoryVersions extends StrategyVersions {
  readonly read: string[] = [];
  constructor(private readonly versions: Record<string, ThemeVersion[]>) {
    super();
  }
  changelog(): Promise<KeysetPage<ChangelogEntry>> {
    throw new Error('not used');
  }
  async themes(version: string): Promise<ThemeVersion[] | null> {
    this.read.push(version);
    return this.versions[version] ?? null;
  }
}

describe('DiffStrategyVersionsHandler', () => {
  const versions = () =>
    new InMemoryVersions({
      '2026.1': [theme('1.1', ['a']), theme('1.2', ['b'])],
      '2026.2': [theme('1.1', ['a', 'c'], 'Nieuwe titel'), theme('2.1', ['d'])],
    });

  it('lists the themes added, removed and changed from one version to the other, by code', async () => {
    const diff = await new DiffStrategyVersionsHandler(versions()).execute(new DiffStrategyVersionsQuery('2026.1', '2026.2'));
    expect(diff).toEqual({
      from: '2026.1',
      to: '2026.2',
      themes: [
        { code: '1.1', change: 'changed', title: { from: 'Thema 1.1', to: 'Nieuwe titel' }, actionsAdded: ['c'], actionsRemoved: [] },
        { code: '1.2', change: 'removed', actionsAdded: [], actionsRemoved: ['b'] },
        { code: '2.1', change: 'added', actionsAdded: ['d'], actionsRemoved: [] },
      ],
    });
  });

  it('answers an unknown version as not found, the first one asked before the other is read', async () => {
    const store = versions();
    await expect(new DiffStrategyVersionsHandler(store).execute(new DiffStrategyVersionsQuery('2099.0', '2026.2'))).rejects.toBeInstanceOf(UnknownStrategyVersionError);
    expect(store.read).toEqual(['2099.0']);
    await expect(new DiffStrategyVersionsHandler(store).execute(new DiffStrategyVersionsQuery('2026.1', '2099.0'))).rejects.toBeInstanceOf(UnknownStrategyVersionError);
  });
});
