import PDFDocument from 'pdfkit';
import { DimensionFigure, Figure, ReviewContent } from '../../domain/review-content';
import { ReviewLanguage, labelsFor, regulationLabel } from './review-labels';

const v = (f: Figure): string => (f.value === null ? '–' : String(f.value));

/**
 * The review as a PDF, generated in Node with pdfkit's built-in Helvetica (no font files). One
 * section per theme, each starting with "Thema <code> <title>" ("Theme …" in English) so readers (and the test) find it.
 */
export function renderReviewPdf(r: ReviewContent, lang: ReviewLanguage = 'nl'): Promise<Buffer> {
  const LABELS = labelsFor(lang);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: LABELS.title(r.year), Subject: `${LABELS.revision} ${r.revision}` }, lang: lang === 'en' ? 'en-GB' : 'nl-NL' } as PDFKit.PDFDocumentOptions);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const line = (label: string, value: string): void => void doc.font('Helvetica').fontSize(10).text(`${label}: ${value}`);
    const list = (label: string, items: DimensionFigure[], name = (value: string) => value): void =>
      line(label, items.length ? items.map((d) => `${name(d.value)} ${v(d.figure)}`).join(', ') : LABELS.none);

    doc.font('Helvetica-Bold').fontSize(18).text(LABELS.title(r.year));
    line(LABELS.revision, String(r.revision));
    line(LABELS.compiledAt, r.compiledAt);
    line(LABELS.strategyVersion, r.strategyVersion ?? '–');
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(14).text(LABELS.totals);
    line(LABELS.received, `${v(r.totals.barrierReports)} (${LABELS.previousYear}: ${v(r.totals.barrierReportsPreviousYear)})`);
    line(LABELS.resolved, v(r.totals.resolvedBarrierReports));
    line(LABELS.overdue, v(r.totals.overdueBarrierReports));
    line(LABELS.clusters, v(r.totals.duplicateClusters));
    line(LABELS.proposals, v(r.totals.proposals));
    line(LABELS.responses, v(r.totals.responses));
    line(LABELS.respondents, v(r.totals.respondents));

    for (const t of r.themes) {
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(13).text(`${LABELS.themeHeading} ${t.code} ${t.title}${t.version ? ` (${t.version})` : ''}`);
      line(LABELS.received, `${v(t.reports.received)} (${LABELS.previousYear}: ${v(t.reports.receivedPreviousYear)}, ${LABELS.change}: ${t.reports.change})`);
      line(LABELS.resolved, v(t.reports.resolved));
      line(LABELS.open, v(t.reports.open));
      line(LABELS.clusters, v(t.reports.clusters));
      line(LABELS.overdue, v(t.reports.overdue));
      line(LABELS.median, v(t.handlingWorkingDays.median));
      line(LABELS.p90, v(t.handlingWorkingDays.p90));
      list(LABELS.outcomes, t.outcomes);
      list(LABELS.regulations, t.regulations, (d) => regulationLabel(d, lang));
      list(LABELS.technologies, t.technologies);
      list(LABELS.sectors, t.sectors);
      line(LABELS.proposals, v(t.consultations.proposals));
      line(LABELS.responses, `${v(t.consultations.responses)} (${LABELS.organisations}: ${v(t.consultations.responsesFromOrganisations)}, ${LABELS.individuals}: ${v(t.consultations.responsesFromIndividuals)})`);
      line(LABELS.respondents, v(t.consultations.respondents));
      for (const rep of t.consultationReports) line(LABELS.consultationReports, `${rep.title} (${rep.answeredAt.slice(0, 10)})`);
      for (const a of t.amendments) line(LABELS.amendments, `${a.kind}: ${a.summary} — ${a.status}`);
    }
    doc.end();
  });
}
