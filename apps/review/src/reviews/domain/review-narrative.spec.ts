import { translatorFor } from '@pb/i18n';
import type { Figure, ThemeSection } from './review-content';
import { NarrativeVocabulary, draftThemeNarrative } from './review-narrative';

let n = 0;
const figure = (value: number | null): Figure => ({ id: `f${++n}`, value, drillDown: `/api/review/years/2026/revisions/1/figures/f${n}` });

const section = (over: Partial<ThemeSection> = {}): ThemeSection => ({
  code: '2.1.2',
  version: '2018.0',
  title: 'Innovatievriendelijke en toekomstbestendige wetgeving',
  reports: {
    received: figure(12),
    receivedPreviousYear: figure(4),
    change: 8,
    resolved: figure(9),
    open: figure(3),
    rejected: figure(0),
    duplicates: figure(2),
    clusters: figure(1),
    overdue: figure(1),
  },
  handlingWorkingDays: { median: figure(14), p90: figure(38) },
  outcomes: [
    { value: 'guidance', figure: figure(5) },
    { value: 'explained', figure: figure(3) },
    { value: 'forwarded', figure: figure(0) },
  ],
  regulations: [
    { value: 'BWBR0024282', figure: figure(5) },
    { value: '-', figure: figure(4) },
    { value: 'BWBR0005537', figure: figure(1) },
  ],
  technologies: [],
  sectors: [],
  consultations: {
    proposals: figure(1),
    proposalsPreviousYear: figure(0),
    responses: figure(1234),
    responsesPreviousYear: figure(0),
    responsesFromOrganisations: figure(34),
    responsesFromIndividuals: figure(1200),
    respondents: figure(1100),
    reports: figure(1),
  },
  consultationReports: [{ proposalId: 'p1', title: 'Ruimte voor experimenten', answeredAt: '2026-10-01', responses: 1234 }],
  notableResponses: [],
  amendments: [
    { id: 'a1', kind: 'add-action', summary: 's', status: 'accepted', reason: null, evidence: [] },
    { id: 'a2', kind: 'add-action', summary: 's', status: 'proposed', reason: null, evidence: [] },
  ],
  ...over,
});

// The catalogue's real sentences (the drafter passes keys); regulations and outcomes stay fakes here.
const vocabulary: NarrativeVocabulary = {
  text: (key, params, lang) => translatorFor(lang)(key, params),
  regulation: (key) => ({ BWBR0024282: 'Wwft', BWBR0005537: 'Awb' })[key] ?? key,
  outcome: (code, lang) => ({ guidance: { nl: 'advies gegeven', en: 'guidance given' }, explained: { nl: 'uitleg gegeven', en: 'explained' } })[code]?.[lang] ?? code,
};

describe('the drafted text of a theme in the annual review', () => {
  it('states the figures as Dutch sentences with their change against the year before', () => {
    expect(draftThemeNarrative(section(), 2026, 'nl', vocabulary).map((s) => s.text)).toEqual([
      'In 2026 zijn 12 belemmeringen gemeld, meer dan de 4 van 2025.',
      '9 meldingen zijn afgehandeld en 3 staan nog open; 1 werd later beantwoord dan de termijn.',
      'De helft van de meldingen was binnen 14 werkdagen beantwoord, negen op de tien binnen 38 werkdagen.',
      'Meest aangehaalde regelgeving: Wwft (5) en Awb (1).',
      'Uitkomsten: advies gegeven (5) en uitleg gegeven (3).',
      '1 consultatie kreeg 1.234 reacties van 1.100 deelnemers (2025: 0 reacties).',
      'Verslag gedaan van de consultatie ‘Ruimte voor experimenten’.',
      '2 wijzigingen van de strategie zijn voorgesteld: 1 aangenomen en 1 nog in behandeling.',
    ]);
  });

  it('names the article of a regulation when the citations agree on one', () => {
    const regulations = [{ value: 'BWBR0024282', figure: figure(5), article: '33' }, { value: 'BWBR0005537', figure: figure(1) }];
    expect(draftThemeNarrative(section({ regulations }), 2026, 'nl', vocabulary).find((s) => s.key === 'regulations')!.text).toBe('Meest aangehaalde regelgeving: Wwft art. 33 (5) en Awb (1).');
    expect(draftThemeNarrative(section({ regulations }), 2026, 'en', vocabulary).find((s) => s.key === 'regulations')!.text).toBe('Most-cited regulations: Wwft art. 33 (5) and Awb (1).');
  });

  it('writes English as its own text, with singulars where the count is one', () => {
    const one = figure(1);
    const texts = draftThemeNarrative(section({ reports: { ...section().reports, received: one, receivedPreviousYear: figure(3), resolved: figure(1), open: figure(0), overdue: figure(0) } }), 2026, 'en', vocabulary).map((s) => s.text);
    expect(texts.slice(0, 2)).toEqual(['1 barrier was reported in 2026, down from 3 in 2025.', '1 report has been dealt with and 0 are still open.']);
    expect(texts).toContain('1 consultation received 1,234 responses from 1,100 participants (2025: 0 responses).');
  });

  it('links every number of a sentence to the figure it comes from', () => {
    const s = section();
    const [reports, handling] = draftThemeNarrative(s, 2026, 'nl', vocabulary);
    expect(reports.figures).toEqual([s.reports.received, s.reports.receivedPreviousYear]);
    expect(handling.figures).toEqual([s.reports.resolved, s.reports.open, s.reports.overdue]);
    for (const sentence of draftThemeNarrative(s, 2026, 'nl', vocabulary)) {
      expect(sentence.figures.length + (sentence.records?.length ?? 0)).toBeGreaterThan(0);
    }
  });

  it('says only what the figures say: a quiet theme gets one sentence, and nothing is invented', () => {
    const quiet = section({
      reports: { ...section().reports, received: figure(0), receivedPreviousYear: figure(0), resolved: figure(0), open: figure(0), overdue: figure(0) },
      handlingWorkingDays: { median: figure(null), p90: figure(null) },
      outcomes: [],
      regulations: [],
      consultations: { ...section().consultations, proposals: figure(0) },
      consultationReports: [],
      amendments: [],
    });
    expect(draftThemeNarrative(quiet, 2026, 'nl', vocabulary).map((s) => s.text)).toEqual(['In 2026 is onder dit thema geen belemmering gemeld, net als in 2025.']);
  });
});
