import type { AnalysisFindings } from './analyse-responses';
import { AnalysisNotInReviewError, InvalidThemeEditError, ThemeNotFoundError, UnlabelledThemeError } from './analysis.errors';
import { ConsultationAnalysis } from './consultation-analysis.aggregate';

const now = new Date('2026-12-01T10:00:00Z');
const findings: AnalysisFindings = {
  themes: [
    { id: 't1', terms: ['privacy', 'gegevens'], summary: [{ text: 'x', start: 0, end: 10, responseIds: ['r1', 'r2'] }, { text: 'y', start: 0, end: 5, responseIds: ['r3', 'r1'] }], responseIds: ['r1', 'r2', 'r3'] },
    { id: 't2', terms: ['kosten'], summary: [{ text: 'z', start: 3, end: 9, responseIds: ['r4'] }], responseIds: ['r4', 'r5'] },
  ],
  unthemed: ['r6'],
  stances: [{ questionId: 'body', stances: { for: ['r1'], against: ['r2'], mixed: [], unclear: [] } }],
  k: 2,
  silhouette: 0.2,
  vocabulary: 40,
};

const analysed = (): ConsultationAnalysis => {
  const a = ConsultationAnalysis.queue('a1', 'p1', 'system', now);
  a.complete(findings, { responses: 6, k: 2, silhouette: 0.2, vocabulary: 40, durationMs: 5 }, now);
  return a;
};

describe('ConsultationAnalysis', () => {
  it('goes to review with the distinguishing words as labels, logging that it was analysed', () => {
    const a = analysed();
    expect(a.status).toBe('review');
    expect(a.themes.map((t) => [t.id, t.label, t.labelSource])).toEqual([['t1', 'privacy, gegevens', 'terms'], ['t2', 'kosten', 'terms']]);
    expect(a.takeRevisions().map((r) => [r.seq, r.kind])).toEqual([[1, 'analysed']]);
    // Only places of sentences are kept: their words stay in the response.
    expect(a.themes[0].summary[0]).toEqual({ start: 0, end: 10, responseIds: ['r1', 'r2'] });
  });

  it('renames (trimmed, 1–120 characters) and logs the old and the new label', () => {
    const a = analysed();
    a.takeRevisions();
    a.rename('t1', '  Privacy   van de wallet ', 'c1', now);
    expect(a.themes[0]).toMatchObject({ label: 'Privacy van de wallet', labelSource: 'coordinator' });
    expect(a.takeRevisions()).toEqual([{ seq: 2, kind: 'renamed', detail: { theme: 't1', from: 'privacy, gegevens', to: 'Privacy van de wallet' }, actor: 'c1', at: now }]);
    expect(() => a.rename('t1', '   ', 'c1', now)).toThrow(InvalidThemeEditError);
    expect(() => a.rename('t1', 'x'.repeat(121), 'c1', now)).toThrow(InvalidThemeEditError);
    expect(() => a.rename('t9', 'x', 'c1', now)).toThrow(ThemeNotFoundError);
  });

  it('merges one theme into another: responses, summary and words join, the other is gone', () => {
    const a = analysed();
    a.merge('t1', 't2', 'c1', now);
    expect(a.themes.map((t) => t.id)).toEqual(['t1']);
    expect(a.themes[0].responseIds).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(a.themes[0].summary).toHaveLength(3);
    expect(() => a.merge('t1', 't1', 'c1', now)).toThrow(InvalidThemeEditError);
  });

  it('splits chosen responses into a new theme with a new id; their quoted sentences go along', () => {
    const a = analysed();
    const id = a.split('t1', ['r3'], 'Toegang voor ouderen', 'c1', now);
    expect(id).toBe('t3');
    expect(a.themes.find((t) => t.id === 't1')!.responseIds).toEqual(['r1', 'r2']);
    const split = a.themes.find((t) => t.id === 't3')!;
    expect(split).toMatchObject({ label: 'Toegang voor ouderen', labelSource: 'coordinator', responseIds: ['r3'] });
    expect(split.summary).toEqual([{ start: 0, end: 5, responseIds: ['r3'] }]);
    expect(() => a.split('t1', [], 'x', 'c1', now)).toThrow(InvalidThemeEditError);
    expect(() => a.split('t1', ['r1', 'r2'], 'x', 'c1', now)).toThrow(InvalidThemeEditError);
    expect(() => a.split('t1', ['r4'], 'x', 'c1', now)).toThrow(InvalidThemeEditError);
  });

  it('never reuses the id of a merged-away theme', () => {
    const a = analysed();
    a.merge('t1', 't2', 'c1', now);
    expect(a.split('t1', ['r5'], 'Kosten', 'c1', now)).toBe('t3');
  });

  it('moves a response (also one in no theme); a theme left empty is dropped', () => {
    const a = analysed();
    a.move('r6', 't2', 'c1', now);
    a.move('r4', 't1', 'c1', now);
    a.move('r5', 't1', 'c1', now);
    expect(a.themes.find((t) => t.id === 't2')!.responseIds).toEqual(['r6']);
    a.move('r6', 't1', 'c1', now);
    expect(a.themes.map((t) => t.id)).toEqual(['t1']);
    expect(a.themes[0].responseIds).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    // r4's quoted sentence went along with it.
    expect(a.themes[0].summary.map((s) => s.responseIds[0])).toEqual(['r1', 'r3', 'r4']);
    expect(() => a.move('r1', 't1', 'c1', now)).toThrow(InvalidThemeEditError);
    expect(() => a.move('r99', 't1', 'c1', now)).toThrow(InvalidThemeEditError);
  });

  it('refuses sign-off while a label is rejected; signs off once renamed, and is final then', () => {
    const a = analysed();
    a.rejectLabel('t2', 'c1', now);
    expect(a.themes[1].label).toBeNull();
    expect(() => a.signOff('c1', now)).toThrow(UnlabelledThemeError);
    a.rename('t2', 'Kosten voor bewoners', 'c1', now);
    a.signOff('c1', now);
    expect(a.status).toBe('signed-off');
    expect(a.snapshot()).toMatchObject({ signedOffBy: 'c1', signedOffAt: now });
    expect(a.takeRevisions().map((r) => r.kind)).toEqual(['analysed', 'label-rejected', 'renamed', 'signed-off']);
    expect(() => a.rename('t1', 'Later', 'c1', now)).toThrow(AnalysisNotInReviewError);
  });

  it('takes no edits before the analysis has finished', () => {
    const a = ConsultationAnalysis.queue('a1', 'p1', 'c1', now);
    expect(() => a.signOff('c1', now)).toThrow(AnalysisNotInReviewError);
    a.fail();
    expect(a.status).toBe('failed');
  });
});
