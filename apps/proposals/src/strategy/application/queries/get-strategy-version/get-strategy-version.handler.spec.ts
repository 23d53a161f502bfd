import type { KeysetPage } from '@pb/kernel';
import { loadSeed } from '../../../infrastructure/seed/strategy-seed.file';
import { StrategyVersion, applyAmendments } from '../../../domain/strategy-version';
import { StrategyVersionNotFoundError } from '../../../domain/strategy.errors';
import { StrategyVersionReadModel, StrategyVersionSummary } from '../../ports/strategy-version.read-model';
import { GetStrategyVersionHandler } from './get-strategy-version.handler';
import { GetStrategyVersionQuery } from './get-strategy-version.query';

class InMemoryVersions extends StrategyVersionReadModel {
  constructor(private readonly versions: StrategyVersion[]) {
    super();
  }
  async current() {
    return this.versions[this.versions.length - 1] ?? null;
  }
  async find(version: string) {
    return this.versions.find((v) => v.version === version) ?? null;
  }
  async list(): Promise<KeysetPage<StrategyVersionSummary>> {
    throw new Error('not used');
  }
}

const base = loadSeed();
const next = applyAmendments(base, [{ amendmentId: 'a1', kind: 'add-action', themeCode: '1.1', text: 'Nieuwe actie.', summary: 's' }], '2019.0', new Date('2019-06-01T10:00:00Z'));
const handler = new GetStrategyVersionHandler(new InMemoryVersions([base, next]));

describe('GetStrategyVersionHandler', () => {
  it('returns the version alone without a diff asked for', async () => {
    expect(await handler.execute(new GetStrategyVersionQuery('2018.0'))).toBe(base);
  });

  it('diffs from the older to the newer version, whichever way round it was asked', async () => {
    for (const [version, other] of [
      ['2019.0', '2018.0'],
      ['2018.0', '2019.0'],
    ]) {
      const { version: got, diff } = await handler.execute(new GetStrategyVersionQuery(version, other));
      expect(got).toBe(version);
      expect(diff).toMatchObject({ from: '2018.0', to: '2019.0', added: [], removed: [] });
      expect(diff!.changed.map((c) => [c.code, c.actionsAdded])).toEqual([['1.1', ['Nieuwe actie.']]]);
    }
  });

  it('refuses an unknown version and an unknown version to compare with', async () => {
    await expect(handler.execute(new GetStrategyVersionQuery('2030.0'))).rejects.toThrow(StrategyVersionNotFoundError);
    await expect(handler.execute(new GetStrategyVersionQuery('2018.0', '2030.0'))).rejects.toThrow(StrategyVersionNotFoundError);
  });
});
