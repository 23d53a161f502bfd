import { diffStrategyThemes } from '@pb/kernel';
import { loadSeed } from '../../infrastructure/seed/strategy-seed.file';
import { Amendment, StrategyVersion, applyAmendments } from '../../domain/strategy-version';
import { strategyDiffView } from './strategy-diff.view';

const base = loadSeed();
const at = new Date('2019-06-01T10:00:00Z');
const amendment = (a: Partial<Amendment>): Amendment => ({ amendmentId: 'a1', kind: 'add-action', themeCode: '1.1', summary: 's', ...a });
const theme = (v: typeof base, code: string) => v.themes.find((t) => t.code === code)!;
/** The diff of two versions as GET /api/strategy/versions/:version?diff= serves it. */
const diffVersions = (from: StrategyVersion, to: StrategyVersion) => strategyDiffView({ from: from.version, to: to.version, ...diffStrategyThemes(from.themes, to.themes) });

describe('diffVersions', () => {
  it('lists per theme what changed, and nothing for an identical version', () => {
    expect(diffVersions(base, base)).toEqual({ from: '2018.0', to: '2018.0', added: [], removed: [], changed: [] });
    const next = applyAmendments(base, [amendment({ text: 'Nieuwe actie.' }), amendment({ kind: 'change-ambition', themeCode: '2.4.2', text: 'Regie.' })], '2019.0', at);
    const diff = diffVersions(base, next);
    expect(diff.changed).toEqual([
      { code: '1.1', title: 'Digitaal vaardig mkb', actions: { added: ['Nieuwe actie.'], removed: [] } },
      expect.objectContaining({ code: '2.4.2', ambition: { from: theme(base, '2.4.2').ambition, to: 'Regie.' }, actions: { added: [], removed: [] } }),
    ]);
  });

  it('shows a changed title under `title_changed`, the newer one as `title`', () => {
    const renamed = { ...base, version: '2019.0', themes: base.themes.map((t) => (t.code === '1.1' ? { ...t, title: 'Nieuwe titel' } : t)) };
    expect(diffVersions(base, renamed).changed).toEqual([
      { code: '1.1', title: 'Nieuwe titel', actions: { added: [], removed: [] }, title_changed: { from: 'Digitaal vaardig mkb', to: 'Nieuwe titel' } },
    ]);
  });
});
