import type { DocumentTexts } from '../../domain/document-narrative';
import type { Figure, ReviewContent, ThemeSection } from '../../domain/review-content';
import type { PublishedSentence } from '../../domain/theme-narrative';
import { renderReviewHtml } from './review-html.renderer';
import { renderReviewPdf } from './review-pdf.renderer';

// pdf-parse's index runs a self-test when it has no parent module (as under jest); its lib entry does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parse: (data: Uint8Array) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');
// Its pdf.js (1.10) misreads some valid PDFs handed over as a Node Buffer ("bad XRef entry") and
// reads the same bytes as a plain Uint8Array.
const pdfParse = (data: Buffer) => parse(new Uint8Array(data));

const figure = (id: string, value: number | null): Figure => ({ id, value, drillDown: `/api/review/years/2026/revisions/4/figures/${id}` });

function theme(code: string, title: string): ThemeSection {
  const f = (key: string, value: number | null) => figure(`theme.${code}.${key}`, value);
  return {
    code,
    title,
    version: '2018.0',
    reports: { received: f('received', 12), receivedPreviousYear: f('previous', 4), change: 8, resolved: f('resolved', 0), open: f('open', 0), rejected: f('rejected', 0), duplicates: f('duplicates', 0), clusters: f('clusters', 0), overdue: f('overdue', 0) },
    handlingWorkingDays: { median: f('median', null), p90: f('p90', null) },
    outcomes: [],
    regulations: [],
    technologies: [],
    sectors: [],
    consultations: { proposals: f('p', 0), proposalsPreviousYear: f('pp', 0), responses: f('r', 0), responsesPreviousYear: f('rp', 0), responsesFromOrganisations: f('ro', 0), responsesFromIndividuals: f('ri', 0), respondents: f('re', 0), reports: f('cr', 0) },
    consultationReports: [],
    notableResponses: [],
    amendments: [],
  };
}

const totals = Object.fromEntries(['barrierReports', 'barrierReportsPreviousYear', 'resolvedBarrierReports', 'overdueBarrierReports', 'duplicateClusters', 'proposals', 'responses', 'respondents'].map((k) => [k, figure(`totals.${k}`, 1)]));
const review = { year: 2026, revision: 4, compiledAt: '2026-12-01T10:00:00Z', asOfPosition: 1, strategyVersion: '2018.0', totals, themes: [theme('1.1', 'Gezondheid'), theme('2.3', 'Onderwijs')] } as unknown as ReviewContent;
const [health] = review.themes;
const sentence = (key: PublishedSentence['key'], text: string, figures: Figure[]): PublishedSentence => ({ key, text, figures, drafted: text, edited: false });
const dutch: DocumentTexts = [
  { lang: 'nl', sentences: [sentence('reports', 'Twaalf belemmeringen gemeld, tegen vier in 2025.', [health.reports.received, health.reports.receivedPreviousYear]), sentence('amendments', 'Eén wijziging voorgesteld.', [])] },
  null,
];

describe("a theme's signed-off text in the review's HTML document", () => {
  it('stands in its theme’s section, before the figures, every figure it states a link to its records', () => {
    const html = renderReviewHtml(review, 'nl', dutch);
    const section = html.slice(html.indexOf('<section id="theme-1.1-2018.0"'), html.indexOf('<section id="theme-2.3-2018.0"'));
    expect(section).toContain(
      '<p>Twaalf belemmeringen gemeld, tegen vier in 2025. <span class="figures">(cijfers: <a href="/jaaroverzichten/2026/revisies/4/cijfers/theme.1.1.received" title="Bekijk de records">12</a>, <a href="/jaaroverzichten/2026/revisies/4/cijfers/theme.1.1.previous" title="Bekijk de records">4</a>)</span></p>',
    );
    expect(section).toContain('<p>Eén wijziging voorgesteld.</p>');
    // The text opens the section; the theme's counts follow it, in the appendix.
    expect(section.slice(0, section.indexOf('Twaalf belemmeringen'))).not.toContain('<table');
    expect(html.indexOf('Twaalf belemmeringen')).toBeLessThan(html.indexOf('<section id="figures-1.1-2018.0"'));
    // A theme without a signed-off text shows none; the Dutch document needs no note.
    const other = html.slice(html.indexOf('<section id="theme-2.3-2018.0"'));
    expect(other).not.toContain('class="narrative"');
    expect(html).not.toContain('class="note"');
  });

  it('escapes a coordinator’s words', () => {
    const html = renderReviewHtml(review, 'nl', [{ lang: 'nl', sentences: [sentence('reports', 'Meer <script>alert(1)</script> & minder', [])] }, null]);
    expect(html).toContain('<p>Meer &lt;script&gt;alert(1)&lt;/script&gt; &amp; minder</p>');
  });

  it('marks a Dutch text in the English document as Dutch, with a note in English', () => {
    const html = renderReviewHtml(review, 'en', dutch);
    expect(html).toContain('<p class="note"><em>This text is not (yet) available in English; the Dutch text follows.</em></p>\n<div lang="nl"><p>Twaalf belemmeringen gemeld, tegen vier in 2025. <span class="figures" lang="en">(figures: <a href=');
  });

  it('shows nothing of a text when none is given (as when a revision is compiled)', () => {
    expect(renderReviewHtml(review, 'nl')).not.toContain('class="narrative"');
  });
});

describe("a theme's signed-off text in the review's PDF", () => {
  const text = async (texts: DocumentTexts, lang: 'nl' | 'en' = 'nl', base?: string) => (await pdfParse(await renderReviewPdf(review, lang, texts, base))).text.replace(/\s+/g, ' ');

  it('follows the theme’s heading, each sentence with the figures it states', async () => {
    const pdf = await text(dutch, 'nl', 'https://permanentbeta.example');
    expect(pdf).toContain('Thema 1.1 Gezondheid (2018.0) Twaalf belemmeringen gemeld, tegen vier in 2025. (cijfers: 12, 4) Eén wijziging voorgesteld.');
    expect(pdf).not.toMatch(/Thema 2\.3 Onderwijs \(2018\.0\) \S+ \(cijfers/);
  });

  it('links each figure to the absolute address of its records', async () => {
    const raw = (await renderReviewPdf(review, 'nl', dutch, 'https://permanentbeta.example/')).toString('latin1');
    expect(raw).toContain('/URI (https://permanentbeta.example/jaaroverzichten/2026/revisies/4/cijfers/theme.1.1.received)');
    expect(raw).toContain('/URI (https://permanentbeta.example/jaaroverzichten/2026/revisies/4/cijfers/theme.1.1.previous)');
  });

  it('notes in English that a text is Dutch', async () => {
    expect(await text(dutch, 'en')).toContain('Theme 1.1 Gezondheid (2018.0) This text is not (yet) available in English; the Dutch text follows. Twaalf belemmeringen gemeld');
  });
});
