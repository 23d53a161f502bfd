import type { RenderedChart } from '@pb/charts';
import { translatorFor } from '@pb/i18n';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { DocumentThemeText, DocumentTexts } from '../../domain/document-narrative';
import { DimensionFigure, Figure, ReviewContent, ThemeSection } from '../../domain/review-content';
import { reviewCharts } from './review-charts';
import { TITLE_SLOT, analysisSentence, consultationReportPage } from './review-analyses';
import { drillDownPage, sectionHeading } from './review-html.renderer';
import { ReviewLanguage, codeLabelsFor, labelsFor, regulationLabel, regulationPage, themeName } from './review-labels';

/** A4 less the margins: the width a chart is drawn at (its height scales with it). */
const CHART_WIDTH = 495;

/**
 * A chart in the PDF: its title, the same SVG as the HTML document (drawn as vectors by
 * svg-to-pdfkit), its text alternative and its figures as lines (the PDF's data table), on a new
 * page when it does not fit on this one.
 */
function drawChart(doc: PDFKit.PDFDocument, chart: RenderedChart, tableLabel: string): void {
  const width = Number(/^<svg width="(\d+)"/.exec(chart.svg)?.[1] ?? CHART_WIDTH);
  const height = Number(/^<svg width="\d+" height="(\d+)"/.exec(chart.svg)?.[1] ?? 320);
  const drawn = Math.round((height * CHART_WIDTH) / width);
  if (doc.y + drawn + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(11).text(chart.title);
  const top = doc.y + 4;
  SVGtoPDF(doc, chart.svg, doc.page.margins.left, top, { width: CHART_WIDTH, height: drawn, preserveAspectRatio: 'xMinYMin meet' });
  doc.x = doc.page.margins.left;
  doc.y = top + drawn + 4;
  doc.font('Helvetica-Oblique').fontSize(9).text(chart.description);
  doc.font('Helvetica-Bold').fontSize(9).text(`${tableLabel} — ${chart.table.columns.join(' · ')}`);
  for (const row of chart.table.rows) doc.font('Helvetica').fontSize(9).text(`${row[0]}: ${row.slice(1).map((cell, i) => `${chart.table.columns[i + 1]} ${cell}`).join(', ')}`);
  doc.moveDown();
}

const v = (f: Figure): string => (f.value === null ? '–' : String(f.value));

/**
 * A theme's signed-off text: each sentence followed by the figures it states, every figure a link
 * to the page of its records. A PDF viewer cannot resolve a relative address, so the links are
 * absolute (on the portal's public origin); without one the figures are plain text.
 */
function drawNarrative(doc: PDFKit.PDFDocument, text: DocumentThemeText | null, lang: ReviewLanguage, publicBaseUrl: string | undefined): void {
  if (!text?.sentences.length) return;
  const t = translatorFor(lang);
  if (text.lang !== lang) doc.font('Helvetica-Oblique').fontSize(9).text(t('review2:document.dutch-only'));
  for (const s of text.sentences) {
    const plain = { link: null, underline: false } as unknown as PDFKit.Mixins.TextOptions;
    if (!s.figures.length) {
      doc.font('Helvetica').fontSize(10).text(s.text, plain);
      continue;
    }
    doc.font('Helvetica').fontSize(10).text(`${s.text} (${t('review2:document.figures')}: `, { ...plain, continued: true });
    s.figures.forEach((f, i) => {
      const last = i === s.figures.length - 1;
      doc.text(v(f), publicBaseUrl ? { link: `${publicBaseUrl.replace(/\/$/, '')}${drillDownPage(f.drillDown)}`, underline: true, continued: true } : { ...plain, continued: true });
      doc.text(last ? ')' : ', ', { ...plain, continued: !last });
    });
  }
  doc.moveDown(0.5);
}

/** The theme's signed-off consultation analyses, one sentence each, the title linked to the consultation's report (absolute, as in `drawNarrative`). */
function drawAnalyses(doc: PDFKit.PDFDocument, t: ThemeSection, lang: ReviewLanguage, publicBaseUrl: string | undefined): void {
  if (!t.consultationAnalyses?.length) return;
  doc.font('Helvetica-Bold').fontSize(10).text(translatorFor(lang)('review2:analysis.heading'));
  const plain = { link: null, underline: false } as unknown as PDFKit.Mixins.TextOptions;
  for (const a of t.consultationAnalyses) {
    const [before, after] = analysisSentence(a, lang).split(TITLE_SLOT);
    doc.font('Helvetica').fontSize(10).text(before, { ...plain, continued: true });
    doc.text(a.title, publicBaseUrl ? { link: `${publicBaseUrl.replace(/\/$/, '')}${consultationReportPage(a.proposalId)}`, underline: true, continued: true } : { ...plain, continued: true });
    doc.text(after, plain);
  }
}

/**
 * The regulations ranked by barrier clusters: per regulation its name (a link to its page on the
 * portal, absolute as in `drawNarrative`), its clusters and reports, and the amendments citing it.
 */
function drawRegulationsByClusters(doc: PDFKit.PDFDocument, t: ThemeSection, lang: ReviewLanguage, publicBaseUrl: string | undefined): void {
  const ranked = t.regulationsByClusters ?? [];
  if (!ranked.length) return;
  const LABELS = labelsFor(lang);
  const codes = codeLabelsFor(lang);
  const amendments = new Map(t.amendments.map((a) => [a.id, a]));
  const reports = new Map(t.regulations.map((d) => [d.value, d.figure]));
  const plain = { link: null, underline: false } as unknown as PDFKit.Mixins.TextOptions;
  doc.font('Helvetica-Bold').fontSize(10).text(LABELS.byClusters);
  for (const r of ranked) {
    const page = regulationPage(r.bwbId);
    const cited = r.amendments.map((id) => amendments.get(id)).filter((a) => a !== undefined);
    const rest = `: ${LABELS.clusterCount} ${v(r.clusters)}, ${LABELS.reports} ${reports.has(r.bwbId) ? v(reports.get(r.bwbId)!) : '–'}; ${LABELS.evidence}: ${
      cited.length ? cited.map((a) => `${codes.amendmentKind(a.kind)}: ${a.summary} (${codes.amendmentStatus(a.status)})`).join('; ') : '—'
    }`;
    doc.font('Helvetica').fontSize(10).text(regulationLabel(r.bwbId, lang), page && publicBaseUrl ? { link: `${publicBaseUrl.replace(/\/$/, '')}${page}`, underline: true, continued: true } : { ...plain, continued: true });
    doc.text(rest, plain);
  }
}

/**
 * The review as a PDF, generated in Node with pdfkit's built-in Helvetica (no font files), in the
 * order of the HTML document: the totals, then one readable section per theme, each starting with
 * "Thema <code> <title>" ("Theme …" in English) so readers (and the test) find it, then the charts,
 * and the figures per theme last, as an appendix.
 */
export function renderReviewPdf(r: ReviewContent, lang: ReviewLanguage = 'nl', texts: DocumentTexts = [], publicBaseUrl?: string): Promise<Buffer> {
  const LABELS = labelsFor(lang);
  const codes = codeLabelsFor(lang);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: LABELS.title(r.year), Subject: `${LABELS.revision} ${r.revision}` }, lang: lang === 'en' ? 'en-GB' : 'nl-NL' } as PDFKit.PDFDocumentOptions);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const line = (label: string, value: string): void => void doc.font('Helvetica').fontSize(10).text(`${label}: ${value}`);
    const list = (label: string, items: DimensionFigure[], name: (value: string) => string): void =>
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
    // Revisions compiled before endorsements were counted have no such figure.
    if (r.totals.endorsements) line(LABELS.endorsements, v(r.totals.endorsements));
    line(LABELS.proposals, v(r.totals.proposals));
    line(LABELS.responses, v(r.totals.responses));
    line(LABELS.respondents, v(r.totals.respondents));

    r.themes.forEach((t, i) => {
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(13).text(sectionHeading(t, lang));
      drawNarrative(doc, texts[i] ?? null, lang, publicBaseUrl);
      list(LABELS.regulations, t.regulations, (d) => regulationLabel(d, lang));
      list(LABELS.outcomes, t.outcomes, codes.outcome);
      drawRegulationsByClusters(doc, t, lang, publicBaseUrl);
      list(LABELS.technologies, t.technologies, codes.technology);
      list(LABELS.sectors, t.sectors, codes.sector);
      for (const rep of t.consultationReports) line(LABELS.consultationReports, `${rep.title} (${rep.answeredAt.slice(0, 10)})`);
      drawAnalyses(doc, t, lang, publicBaseUrl);
      for (const a of t.amendments) line(LABELS.amendments, `${codes.amendmentKind(a.kind)}: ${a.summary} — ${codes.amendmentStatus(a.status)}`);
    });

    const charts = reviewCharts(r, lang);
    if (charts.length) {
      const t = translatorFor(lang);
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(14).text(t('review-charts:heading'));
      for (const chart of charts) drawChart(doc, chart, t('review-charts:table'));
    }

    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(14).text(LABELS.appendix);
    for (const t of r.themes) {
      doc.moveDown(0.5);
      doc.font('Helvetica-Bold').fontSize(11).text(`${themeName(t, lang)}${t.version ? ` (${t.version})` : ''}`);
      line(LABELS.received, `${v(t.reports.received)} (${LABELS.previousYear}: ${v(t.reports.receivedPreviousYear)}, ${LABELS.change}: ${t.reports.change})`);
      line(LABELS.resolved, v(t.reports.resolved));
      line(LABELS.open, v(t.reports.open));
      line(LABELS.clusters, v(t.reports.clusters));
      line(LABELS.overdue, v(t.reports.overdue));
      if (t.reports.endorsements) line(LABELS.endorsements, v(t.reports.endorsements));
      line(LABELS.median, v(t.handlingWorkingDays.median));
      line(LABELS.p90, v(t.handlingWorkingDays.p90));
      line(LABELS.proposals, v(t.consultations.proposals));
      line(LABELS.responses, `${v(t.consultations.responses)} (${LABELS.organisations}: ${v(t.consultations.responsesFromOrganisations)}, ${LABELS.individuals}: ${v(t.consultations.responsesFromIndividuals)})`);
      line(LABELS.respondents, v(t.consultations.respondents));
    }
    doc.end();
  });
}
