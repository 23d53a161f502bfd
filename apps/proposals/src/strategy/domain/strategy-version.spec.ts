import { loadSeed } from '../infrastructure/seed/strategy-seed.file';
import { Amendment, applyAmendments } from './strategy-version';
import { AmendmentNotApplicableError } from './strategy.errors';

const base = loadSeed();
const at = new Date('2019-06-01T10:00:00Z');
const amendment = (a: Partial<Amendment>): Amendment => ({ amendmentId: 'a1', kind: 'add-action', themeCode: '1.1', summary: 's', ...a });
const theme = (v: typeof base, code: string) => v.themes.find((t) => t.code === code)!;

describe('applyAmendments', () => {
  it('adds, changes and retires actions and changes ambitions, resolving indexes against the base', () => {
    const t212 = theme(base, '2.1.2');
    const next = applyAmendments(
      base,
      [
        amendment({ kind: 'retire-action', themeCode: '2.1.2', actionIndex: 0 }),
        amendment({ kind: 'change-action', themeCode: '2.1.2', actionIndex: 1, text: 'Gewijzigde actie.' }),
        amendment({ kind: 'add-action', themeCode: '2.1.2', text: 'Nieuwe actie.' }),
        amendment({ kind: 'change-ambition', themeCode: '1.3', text: 'Nieuwe ambitie.' }),
      ],
      '2019.0',
      at,
    );
    expect(next).toMatchObject({ version: '2019.0', previousVersion: '2018.0', publishedAt: at });
    expect(theme(next, '2.1.2').actions).toEqual(['Gewijzigde actie.', ...t212.actions.slice(2), 'Nieuwe actie.']);
    expect(theme(next, '1.3').ambition).toBe('Nieuwe ambitie.');
    expect(next.changes.map((c) => c.kind)).toEqual(['retire-action', 'change-action', 'add-action', 'change-ambition']);
    // The nested tree carries the same themes as the flat list.
    const nested = next.tracks.flatMap((t) => [...(t.themes ?? []), ...(t.spearheads ?? []).flatMap((s) => s.themes)]);
    expect(nested).toEqual(next.themes);
  });

  it('keeps the English title of an amended theme but drops the English of what the amendment changed in Dutch', () => {
    const action13 = 'An ambitious, broad agenda for the digitalisation of public administration will be sent to Parliament around the summer.';
    expect(theme(base, '1.3').en).toEqual({ title: 'A transparent and accessible digital government', ambition: 'Information, government services and new technologies are accessible to everyone.', actions: [action13] });
    const withActions = { ...base, themes: base.themes.map((t) => (t.code === '2.1.2' ? { ...t, en: { ...t.en!, actions: t.actions.map((_, i) => `Action ${i + 1}.`) } } : t)) };
    const next = applyAmendments(withActions, [amendment({ kind: 'change-ambition', themeCode: '1.3', text: 'Nieuwe ambitie.' }), amendment({ kind: 'add-action', themeCode: '2.1.2', text: 'Nieuwe actie.' })], '2019.0', at);
    // The ambition changed, so its English goes; the actions did not, so theirs stays.
    expect(theme(next, '1.3').en).toEqual({ title: 'A transparent and accessible digital government', actions: [action13] });
    expect(theme(next, '2.1.2').en).toEqual({ title: 'Innovation-friendly and future-proof legislation', ambition: 'Laws and regulations impose no unnecessary restrictions on innovation.' });
    // Untouched themes keep all their English.
    expect(theme(next, '1.1').en).toEqual(theme(base, '1.1').en);
  });

  it('leaves the base version untouched', () => {
    const before = JSON.stringify(base);
    applyAmendments(base, [amendment({ text: 'X.' }), amendment({ kind: 'change-ambition', themeCode: '1.1', text: 'Y.' })], '2019.0', at);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('refuses an unknown theme, a missing action and a missing text', () => {
    expect(() => applyAmendments(base, [amendment({ themeCode: '9.9', text: 'X.' })], '2019.0', at)).toThrow(AmendmentNotApplicableError);
    expect(() => applyAmendments(base, [amendment({ kind: 'retire-action', actionIndex: 99 })], '2019.0', at)).toThrow(AmendmentNotApplicableError);
    expect(() => applyAmendments(base, [amendment({ kind: 'retire-action', actionIndex: 0 }), amendment({ kind: 'retire-action', actionIndex: 0 })], '2019.0', at)).toThrow(AmendmentNotApplicableError);
    expect(() => applyAmendments(base, [amendment({ text: '  ' })], '2019.0', at)).toThrow(AmendmentNotApplicableError);
    expect(() => applyAmendments(base, [amendment({ text: 'X.' })], '2018.0', at)).toThrow(AmendmentNotApplicableError);
  });
});
