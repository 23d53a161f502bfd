import { renderReviewHtml } from './review-html.renderer';
import { regulationLabel, regulationPage } from './review-labels';
import type { ReviewContent, ThemeSection } from '../../domain/review-content';

describe('regulationLabel', () => {
  it('names a regulation of the index by its title, keeps an unknown BWB id as it is, and says "not identified" in the document\'s language', () => {
    expect(regulationLabel('BWBR0024282')).toBe('Wet ter voorkoming van witwassen en financieren van terrorisme (BWBR0024282)');
    expect(regulationLabel('BWBR0019147')).toBe('BWBR0019147');
    expect(regulationLabel('-')).toBe('Onbekend / niet herkend');
    expect(regulationLabel('-', 'en')).toBe('Unknown / not identified');
  });

  it('names an EU act of the index and links it to its page like a law (the AVG has no BWB id)', () => {
    expect(regulationLabel('EU-32016R0679')).toBe('Algemene verordening gegevensbescherming (EU-32016R0679)');
    expect(regulationPage('EU-32016R0679')).toBe('/regelgeving/EU-32016R0679');
    expect(regulationPage('BWBR0024282')).toBe('/regelgeving/BWBR0024282');
    expect(regulationPage('-')).toBeNull();
    expect(regulationPage('CELEX:32016R0679')).toBeNull();
  });

  it('is what the HTML review shows in its most-cited regulations', () => {
    const figure = (value: number) => ({ id: `f${value}`, value, drillDown: `/d/${value}` });
    const theme = { code: '1.1', title: 'Thema', version: '2018.0', reports: {}, handlingWorkingDays: {}, outcomes: [], technologies: [], sectors: [], consultations: {}, consultationReports: [], notableResponses: [], amendments: [] };
    const section = {
      ...theme,
      reports: Object.fromEntries(['received', 'receivedPreviousYear', 'resolved', 'open', 'rejected', 'duplicates', 'clusters', 'overdue'].map((k) => [k, figure(1)])),
      handlingWorkingDays: { median: figure(1), p90: figure(1) },
      consultations: Object.fromEntries(['proposals', 'proposalsPreviousYear', 'responses', 'responsesPreviousYear', 'responsesFromOrganisations', 'responsesFromIndividuals', 'respondents', 'reports'].map((k) => [k, figure(1)])),
      regulations: [{ value: 'BWBR0007671', figure: figure(4) }, { value: '-', figure: figure(2) }],
    } as unknown as ThemeSection;
    const totals = Object.fromEntries(['barrierReports', 'barrierReportsPreviousYear', 'resolvedBarrierReports', 'overdueBarrierReports', 'duplicateClusters', 'proposals', 'responses', 'respondents'].map((k) => [k, figure(1)]));
    const html = renderReviewHtml({ year: 2026, revision: 1, compiledAt: '2026-12-01T00:00:00Z', strategyVersion: '2018.0', totals, themes: [section] } as unknown as ReviewContent);
    expect(html).toContain('<th scope="row">Arbeidstijdenwet (BWBR0007671)</th>');
    expect(html).toContain('<th scope="row">Onbekend / niet herkend</th>');
    const en = renderReviewHtml({ year: 2026, revision: 1, compiledAt: '2026-12-01T00:00:00Z', strategyVersion: '2018.0', totals, themes: [section] } as unknown as ReviewContent, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<th scope="row">Unknown / not identified</th>');
    expect(en).toContain('<caption>Most-cited regulations</caption>');
    expect(en).not.toMatch(/Meldingen ontvangen|Totalen|Revisie/);
  });

  it('shows the companies that said "this is my barrier too", per theme and in total, with their drill-down; an older revision without them shows no row', () => {
    const figure = (id: string, value: number) => ({ id, value, drillDown: `/api/review/years/2026/revisions/1/figures/${encodeURIComponent(id)}` });
    const reports = { ...Object.fromEntries(['received', 'receivedPreviousYear', 'resolved', 'open', 'rejected', 'duplicates', 'clusters', 'overdue'].map((k) => [k, figure(k, 1)])), change: 0 };
    const section = {
      code: '1.1', title: 'Thema', version: '2018.0', outcomes: [], regulations: [], technologies: [], sectors: [], consultationReports: [], notableResponses: [], amendments: [],
      reports: { ...reports, endorsements: figure('1.1@2018.0:endorsements', 4) },
      handlingWorkingDays: { median: figure('m', 1), p90: figure('p', 1) },
      consultations: Object.fromEntries(['proposals', 'proposalsPreviousYear', 'responses', 'responsesPreviousYear', 'responsesFromOrganisations', 'responsesFromIndividuals', 'respondents', 'reports'].map((k) => [k, figure(k, 1)])),
    } as unknown as ThemeSection;
    const totals = { ...Object.fromEntries(['barrierReports', 'barrierReportsPreviousYear', 'resolvedBarrierReports', 'overdueBarrierReports', 'duplicateClusters', 'proposals', 'responses', 'respondents'].map((k) => [k, figure(k, 1)])), endorsements: figure('total:endorsements', 9) };
    const review = { year: 2026, revision: 1, compiledAt: '2026-12-01T00:00:00Z', strategyVersion: '2018.0', totals, themes: [section] } as unknown as ReviewContent;
    const nl = renderReviewHtml(review);
    expect(nl).toMatch(/<tr><th scope="row">Bedrijven die zich aansloten \(&quot;dit is ook mijn belemmering&quot;\)<\/th><td><a href="[^"]*1\.1%402018\.0%3Aendorsements[^"]*"[^>]*>4<\/a><\/td><\/tr>/);
    expect(nl).toMatch(/<a href="[^"]*total%3Aendorsements[^"]*"[^>]*>9<\/a>/);
    expect(renderReviewHtml(review, 'en')).toContain('Companies that joined (&quot;this is my barrier too&quot;)');
    const older = { ...review, totals: { ...totals, endorsements: undefined }, themes: [{ ...section, reports: { ...section.reports, endorsements: undefined } }] } as unknown as ReviewContent;
    expect(renderReviewHtml(older)).not.toContain('Bedrijven die zich aansloten');
  });
});
