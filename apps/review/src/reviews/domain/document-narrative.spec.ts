import { translatorFor } from '@pb/i18n';
import { documentTexts } from './document-narrative';
import type { Figure, ReviewContent, ThemeSection } from './review-content';
import type { NarrativeVocabulary } from './review-narrative';
import type { ThemeNarrativeState } from './theme-narrative';

const figure = (id: string, value: number | null): Figure => ({ id, value, drillDown: `/api/review/years/2026/revisions/2/figures/${id}` });
const zero = (id: string) => figure(id, 0);

function section(code: string, received: number, previous: number): ThemeSection {
  const f = (key: string, value: number | null) => figure(`theme.${code}.${key}`, value);
  return {
    code,
    version: '2018.0',
    title: `Thema ${code}`,
    reports: { received: f('received', received), receivedPreviousYear: f('previous', previous), change: received - previous, resolved: zero('r'), open: zero('o'), rejected: zero('x'), duplicates: zero('d'), clusters: zero('c'), overdue: zero('od') },
    handlingWorkingDays: { median: f('median', null), p90: f('p90', null) },
    outcomes: [],
    regulations: [],
    technologies: [],
    sectors: [],
    consultations: { proposals: zero('p'), proposalsPreviousYear: zero('pp'), responses: zero('rs'), responsesPreviousYear: zero('rp'), responsesFromOrganisations: zero('ro'), responsesFromIndividuals: zero('ri'), respondents: zero('re'), reports: zero('cr') },
    consultationReports: [],
    notableResponses: [],
    amendments: [],
  };
}

const content = { year: 2026, revision: 2, themes: [section('1.1', 12, 4), section('2.3', 3, 3), section('3.1', 1, 0)] } as unknown as ReviewContent;
const vocabulary: NarrativeVocabulary = { text: (key, params, lang) => translatorFor(lang)(key, params), regulation: (k) => k, outcome: (c) => c };
const state = (theme: string, lang: 'nl' | 'en', signedOff: boolean, edits: ThemeNarrativeState['edits'] = null, revision = 2): ThemeNarrativeState => ({
  year: 2026,
  revision,
  theme,
  lang,
  edits,
  signedOff: signedOff ? { by: 'coordinator-1', at: new Date('2026-12-01T10:00:00Z') } : null,
});

describe('the texts a review document shows', () => {
  it('shows a signed-off text with the coordinator’s words and the drafted figures, and never a draft', () => {
    const states = [state('1.1', 'nl', true, { sentences: [{ key: 'reports', text: 'Twaalf meldingen, tegen vier.' }] }), state('2.3', 'nl', false, { sentences: [{ key: 'reports', text: 'Geheim concept.' }] })];
    const [first, second, third] = documentTexts(content, 'nl', states, vocabulary);
    expect(first).toEqual({ lang: 'nl', sentences: [expect.objectContaining({ key: 'reports', text: 'Twaalf meldingen, tegen vier.', edited: true, figures: [content.themes[0].reports.received, content.themes[0].reports.receivedPreviousYear] })] });
    expect(second).toBeNull();
    expect(third).toBeNull();
  });

  it('uses the drafted sentences of a text signed off unedited', () => {
    const [first] = documentTexts(content, 'nl', [state('1.1', 'nl', true)], vocabulary);
    expect(first!.sentences[0].text).toMatch(/^In 2026 zijn 12 belemmeringen gemeld/);
    expect(first!.sentences[0].edited).toBe(false);
  });

  it('gives the English document the English text where one was signed off, else the Dutch one (marked as Dutch)', () => {
    const states = [state('1.1', 'nl', true), state('1.1', 'en', true), state('2.3', 'nl', true), state('3.1', 'en', false)];
    const [first, second, third] = documentTexts(content, 'en', states, vocabulary);
    expect(first!.lang).toBe('en');
    expect(first!.sentences[0].text).toMatch(/^12 barriers were reported in 2026/);
    expect(second!.lang).toBe('nl');
    expect(second!.sentences[0].text).toMatch(/^In 2026 zijn 3 belemmeringen gemeld/);
    expect(third).toBeNull();
    // The Dutch document is the original: an English text never stands in for it.
    expect(documentTexts(content, 'nl', [state('1.1', 'en', true)], vocabulary)).toEqual([null, null, null]);
  });

  it('ignores the texts of another revision', () => {
    expect(documentTexts(content, 'nl', [state('1.1', 'nl', true, null, 1)], vocabulary)).toEqual([null, null, null]);
  });
});
