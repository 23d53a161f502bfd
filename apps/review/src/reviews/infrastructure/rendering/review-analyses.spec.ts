import type { ConsultationAnalysisSection, ReviewContent } from '../../domain/review-content';
import { analysisSentence } from './review-analyses';
import { renderReviewHtml } from './review-html.renderer';
import { renderReviewPdf } from './review-pdf.renderer';

// pdf-parse's index runs a self-test when it has no parent module (as under jest); its lib entry does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parse: (data: Uint8Array) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');
// Its pdf.js (1.10) misreads some valid PDFs handed over as a Node Buffer ("bad XRef entry") and
// reads the same bytes as a plain Uint8Array.
const pdfParse = (data: Buffer) => parse(new Uint8Array(data));

const analysis: ConsultationAnalysisSection = {
  proposalId: '6f1c1f0e-2a4b-4c1d-9e8f-0a1b2c3d4e5f',
  title: 'Ruimte voor <experimenten>',
  responses: 120,
  themes: [
    { themeId: 't1', label: 'Regeldruk', size: 70 },
    { themeId: 't3', label: null, size: 1 },
  ],
  stances: [
    { questionId: 'body', for: 60, against: 30, mixed: 20, unclear: 10 },
    { questionId: '3b1e8c2a-0000-4000-8000-000000000001', for: 5, against: 1, mixed: 0, unclear: 2 },
  ],
  signedOffAt: '2026-10-01T10:00:00.000Z',
};

describe('a signed-off consultation analysis in the annual review', () => {
  it('reads as one sentence: responses, themes by label (or id) and size, stance per question, in the language', () => {
    expect(analysisSentence(analysis, 'nl', analysis.title)).toBe(
      "Consultatie ‘Ruimte voor <experimenten>’: 120 reacties geanalyseerd in 2 thema's: Regeldruk (70), thema t3 (1); standpunt per vraag: de reactie zelf: voor 60, tegen 30, gemengd 20, onduidelijk 10; vraag 1: voor 5, tegen 1, gemengd 0, onduidelijk 2.",
    );
    expect(analysisSentence({ ...analysis, responses: 1, themes: [analysis.themes[0]], stances: [] }, 'en', 'T')).toBe('Consultation ‘T’: 1 response analysed in 1 theme: Regeldruk (70).');
  });

  const review = (analyses: ConsultationAnalysisSection[]) => {
    const f = { id: 'x', value: 0, drillDown: '/api/review/years/2026/revisions/1/figures/x' };
    const reports = Object.fromEntries(['received', 'receivedPreviousYear', 'resolved', 'open', 'rejected', 'duplicates', 'clusters', 'overdue'].map((k) => [k, f]));
    const consultations = Object.fromEntries(['proposals', 'proposalsPreviousYear', 'responses', 'responsesPreviousYear', 'responsesFromOrganisations', 'responsesFromIndividuals', 'respondents', 'reports'].map((k) => [k, f]));
    const totals = Object.fromEntries(['barrierReports', 'barrierReportsPreviousYear', 'resolvedBarrierReports', 'overdueBarrierReports', 'duplicateClusters', 'proposals', 'responses', 'respondents'].map((k) => [k, f]));
    return {
      year: 2026,
      revision: 1,
      compiledAt: '2026-12-01T10:00:00Z',
      asOfPosition: 1,
      strategyVersion: '2018.0',
      totals,
      themes: [{ code: '1.1', version: '2018.0', title: 'Gezondheid', reports: { ...reports, change: 0 }, handlingWorkingDays: { median: f, p90: f }, outcomes: [], regulations: [], technologies: [], sectors: [], consultations, consultationReports: [], notableResponses: [], amendments: [], consultationAnalyses: analyses }],
    } as unknown as ReviewContent;
  };

  it('stands in the theme’s HTML section, the title escaped and linked to the consultation’s report', () => {
    const html = renderReviewHtml(review([analysis]), 'nl');
    expect(html).toContain('<h3>Analyse van de consultatiereacties</h3>');
    expect(html).toContain(
      '<p>Consultatie ‘<a href="/consultaties/6f1c1f0e-2a4b-4c1d-9e8f-0a1b2c3d4e5f#verslag">Ruimte voor &lt;experimenten&gt;</a>’: 120 reacties geanalyseerd in 2 thema&#39;s: Regeldruk (70), thema t3 (1); standpunt per vraag:',
    );
    expect(renderReviewHtml(review([]), 'nl')).not.toContain('Analyse van de consultatiereacties');
  });

  it('stands in the theme’s PDF section, the title linked to the report’s absolute address', async () => {
    const pdf = await renderReviewPdf(review([analysis]), 'en', [], 'https://permanentbeta.example');
    const text = (await pdfParse(pdf)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Analysis of the consultation responses Consultation ‘Ruimte voor <experimenten>’: 120 responses analysed in 2 themes: Regeldruk (70), theme t3 (1); stance per question: the response itself: for 60');
    expect(pdf.toString('latin1')).toContain('/URI (https://permanentbeta.example/consultaties/6f1c1f0e-2a4b-4c1d-9e8f-0a1b2c3d4e5f#verslag)');
  });
});
