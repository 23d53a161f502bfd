import { CHART_CSS, chartFigureHtml } from '@pb/charts';
import { translatorFor } from '@pb/i18n';
import type { DocumentThemeText, DocumentTexts } from '../../domain/document-narrative';
import { DimensionFigure, Figure, ReviewContent, ThemeSection } from '../../domain/review-content';
import { TITLE_SLOT, analysisSentence, consultationReportPage } from './review-analyses';
import { reviewCharts } from './review-charts';
import { ReviewLanguage, codeLabelsFor, labelsFor, regulationLabel, regulationPage, themeName } from './review-labels';
import { UNCLASSIFIED } from '../../../shared/domain/figure-key';

const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Where a figure's link goes: the portal's page of the records it counted
 * (`/jaaroverzichten/2026/revisies/1/cijfers/<id>`, each record linking to its public page), not
 * the API's JSON (the page links to that). Relative, so it works wherever the document is served
 * beside the portal; a drill-down of another shape is kept as it is.
 */
export function drillDownPage(apiUrl: string): string {
  const m = /^\/api\/review\/years\/(\d{4})\/revisions\/(\d+)\/figures\/([^/?#]+)$/.exec(apiUrl);
  return m ? `/jaaroverzichten/${m[1]}/revisies/${m[2]}/cijfers/${m[3]}` : apiUrl;
}

/** The document's pieces in one language. */
function parts(lang: ReviewLanguage) {
  const LABELS = labelsFor(lang);
  const num = (f: Figure): string => `<a href="${esc(drillDownPage(f.drillDown))}" title="${esc(LABELS.seeRecords)}">${f.value === null ? '–' : esc(f.value)}</a>`;
  const row = (label: string, f: Figure): string => `<tr><th scope="row">${esc(label)}</th><td>${num(f)}</td></tr>`;
  const dims = (caption: string, list: DimensionFigure[], label: (value: string) => string): string =>
    list.length
      ? `<table><caption>${esc(caption)}</caption><tbody>${list.map((d) => row(label(d.value), d.figure)).join('')}</tbody></table>`
      : `<p>${esc(caption)}: ${esc(LABELS.none)}</p>`;
  return { LABELS, row, dims, num };
}
type Parts = ReturnType<typeof parts>;

/** Where a theme's section and its figures in the appendix are (one code can stand under two strategy versions). */
const anchor = (t: ThemeSection): string => `${t.code}-${t.version ?? 'none'}`;

/** "Thema 1.1 Gezondheid (2018.0)"; the reports not classified yet by their label alone (never the code `-`). */
export function sectionHeading(t: ThemeSection, lang: ReviewLanguage): string {
  if (t.code === UNCLASSIFIED) return themeName(t, lang);
  return `${labelsFor(lang).theme} ${themeName(t, lang)}${t.version ? ` (${t.version})` : ''}`;
}

/**
 * A theme's signed-off text: one paragraph per sentence, followed by the figures it states, each a
 * link to its records (an edited sentence keeps the figures of the draft it rewords). Dutch text in
 * the English document is marked `lang="nl"` and announced by a note in English.
 */
function narrative(text: DocumentThemeText | null, num: (f: Figure) => string, lang: ReviewLanguage): string {
  if (!text?.sentences.length) return '';
  const t = translatorFor(lang);
  const other = text.lang !== lang;
  const figures = (fs: Figure[]): string => (fs.length ? ` <span class="figures"${other ? ` lang="${lang}"` : ''}>(${esc(t('review2:document.figures'))}: ${fs.map(num).join(', ')})</span>` : '');
  return `<div class="narrative">
${other ? `<p class="note"><em>${esc(t('review2:document.dutch-only'))}</em></p>
` : ''}<div${other ? ` lang="${text.lang}"` : ''}>${text.sentences.map((s) => `<p>${esc(s.text)}${figures(s.figures)}</p>`).join('\n')}</div>
</div>`;
}

/** The theme's signed-off consultation analyses, one sentence each, the consultation's title a link to its report. */
function analyses(t: ThemeSection, lang: ReviewLanguage): string {
  if (!t.consultationAnalyses?.length) return '';
  const sentence = (a: NonNullable<ThemeSection['consultationAnalyses']>[number]) =>
    analysisSentence(a, lang)
      .split(TITLE_SLOT)
      .map(esc)
      .join(`<a href="${esc(consultationReportPage(a.proposalId))}">${esc(a.title)}</a>`);
  return `<h3>${esc(translatorFor(lang)('review2:analysis.heading'))}</h3>\n${t.consultationAnalyses.map((a) => `<p>${sentence(a)}</p>`).join('\n')}\n`;
}

/**
 * The regulations ranked by the duplicate clusters of the barriers citing them, each a link to its
 * page on the portal, with its clusters and reports (links to their records) and the amendments of
 * the year that cite it as evidence.
 */
function regulationsByClusters(t: ThemeSection, { LABELS, num }: Parts, lang: ReviewLanguage): string {
  const ranked = t.regulationsByClusters ?? [];
  if (!ranked.length) return '';
  const codes = codeLabelsFor(lang);
  const amendments = new Map(t.amendments.map((a) => [a.id, a]));
  const reports = new Map(t.regulations.map((d) => [d.value, d.figure]));
  const name = (bwbId: string): string => {
    const page = regulationPage(bwbId);
    return page ? `<a href="${esc(page)}">${esc(regulationLabel(bwbId, lang))}</a>` : esc(regulationLabel(bwbId, lang));
  };
  const evidence = (ids: string[]): string =>
    ids.length
      ? ids
          .map((id) => amendments.get(id))
          .filter((a) => a !== undefined)
          .map((a) => `${esc(codes.amendmentKind(a.kind))}: ${esc(a.summary)} (${esc(codes.amendmentStatus(a.status))})`)
          .join('; ') || '—'
      : '—';
  return `<h3>${esc(LABELS.byClusters)}</h3>
<table class="by-clusters"><caption>${esc(LABELS.byClustersCaption)}</caption>
<thead><tr><th scope="col">${esc(LABELS.regulation)}</th><th scope="col">${esc(LABELS.clusterCount)}</th><th scope="col">${esc(LABELS.reports)}</th><th scope="col">${esc(LABELS.evidence)}</th></tr></thead>
<tbody>${ranked
    .map((r) => {
      const cited = reports.get(r.bwbId);
      return `<tr><th scope="row">${name(r.bwbId)}</th><td>${num(r.clusters)}</td><td>${cited ? num(cited) : '–'}</td><td class="text">${evidence(r.amendments)}</td></tr>`;
    })
    .join('')}</tbody></table>
`;
}

/**
 * A theme's readable part: the signed-off text, the regulations and outcomes that came up most,
 * the consultations' reports and analyses and the amendments; its counts stand in the appendix.
 */
function section(t: ThemeSection, text: DocumentThemeText | null, p: Parts, lang: ReviewLanguage): string {
  const { LABELS, dims, num } = p;
  const codes = codeLabelsFor(lang);
  const id = anchor(t);
  return `<section id="theme-${esc(id)}" aria-labelledby="h-${esc(id)}">
<h2 id="h-${esc(id)}">${esc(sectionHeading(t, lang))}</h2>
${narrative(text, num, lang)}
${dims(LABELS.regulations, t.regulations, (d) => regulationLabel(d, lang))}${dims(LABELS.outcomes, t.outcomes, codes.outcome)}${regulationsByClusters(t, p, lang)}${dims(LABELS.technologies, t.technologies, codes.technology)}${dims(LABELS.sectors, t.sectors, codes.sector)}
${t.consultationReports.length ? `<h3>${esc(LABELS.consultationReports)}</h3><ul>${t.consultationReports.map((r) => `<li>${esc(r.title)} (${esc(r.answeredAt.slice(0, 10))}, ${esc(r.responses)} ${esc(LABELS.responses.toLowerCase())})</li>`).join('')}</ul>` : ''}
${analyses(t, lang)}${t.notableResponses.length ? `<h3>${esc(LABELS.notableResponses)}</h3><ul>${t.notableResponses.map((r) => `<li>${esc(r.responseId)}: ${esc(r.supportCount)}</li>`).join('')}</ul>` : ''}
${t.amendments.length ? `<h3>${esc(LABELS.amendments)}</h3><ul>${t.amendments.map((a) => `<li>${esc(codes.amendmentKind(a.kind))}: ${esc(a.summary)} — <strong>${esc(codes.amendmentStatus(a.status))}</strong>${a.reason ? ` (${esc(a.reason)})` : ''}</li>`).join('')}</ul>` : ''}
</section>`;
}

/**
 * A theme's counts, in the appendix: reports and their handling, then its consultations. Not a
 * named region: its heading would name a second landmark like the theme's own section (for the
 * reports not classified yet the two headings are the same words; axe landmark-unique).
 */
function figuresOf(t: ThemeSection, { LABELS, row }: Parts, lang: ReviewLanguage): string {
  const id = anchor(t);
  return `<section id="figures-${esc(id)}">
<h3 id="hf-${esc(id)}">${esc(themeName(t, lang))}${t.version ? ` (${esc(t.version)})` : ''}</h3>
<table><tbody>
${row(LABELS.received, t.reports.received)}${row(`${LABELS.received} — ${LABELS.previousYear}`, t.reports.receivedPreviousYear)}
<tr><th scope="row">${esc(LABELS.change)}</th><td>${t.reports.change > 0 ? '+' : ''}${esc(t.reports.change)}</td></tr>
${row(LABELS.resolved, t.reports.resolved)}${row(LABELS.open, t.reports.open)}${row(LABELS.rejected, t.reports.rejected)}
${row(LABELS.duplicates, t.reports.duplicates)}${row(LABELS.clusters, t.reports.clusters)}${row(LABELS.overdue, t.reports.overdue)}
${t.reports.endorsements ? row(LABELS.endorsements, t.reports.endorsements) : ''}
${row(LABELS.median, t.handlingWorkingDays.median)}${row(LABELS.p90, t.handlingWorkingDays.p90)}
</tbody></table>
<table><caption>${esc(LABELS.consultations)}</caption><tbody>
${row(LABELS.proposals, t.consultations.proposals)}${row(`${LABELS.proposals} — ${LABELS.previousYear}`, t.consultations.proposalsPreviousYear)}
${row(LABELS.responses, t.consultations.responses)}${row(`${LABELS.responses} — ${LABELS.previousYear}`, t.consultations.responsesPreviousYear)}
${row(LABELS.organisations, t.consultations.responsesFromOrganisations)}${row(LABELS.individuals, t.consultations.responsesFromIndividuals)}
${row(LABELS.respondents, t.consultations.respondents)}${row(LABELS.consultationReports, t.consultations.reports)}
</tbody></table>
</section>`;
}

/**
 * A self-contained, accessible page in the order the issue asks (12): the year's totals first,
 * then per theme its readable section (the signed-off text, `texts` in `r.themes`' order, before
 * anything else), then the charts, and the tables of figures last, as an appendix. Tables have
 * headers, every figure is a link to its records.
 */
export function renderReviewHtml(r: ReviewContent, lang: ReviewLanguage = 'nl', texts: DocumentTexts = []): string {
  const p = parts(lang);
  const { LABELS, row } = p;
  const title = LABELS.title(r.year);
  const charts = reviewCharts(r, lang);
  const t = translatorFor(lang);
  const showTable = t('review-charts:show-table');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — ${esc(LABELS.revision)} ${esc(r.revision)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #666;padding:.2rem .5rem;text-align:left}td{text-align:right}td.text{text-align:left}caption{font-weight:bold;text-align:left}a{text-decoration:underline}${CHART_CSS}figure{margin:1rem 0}figcaption{margin:.25rem 0}.figures{font-size:.9em}</style>
</head><body><main>
<h1>${esc(title)}</h1>
<p>${esc(LABELS.revision)} ${esc(r.revision)} · ${esc(LABELS.compiledAt)} ${esc(r.compiledAt)} · ${esc(LABELS.strategyVersion)} ${esc(r.strategyVersion ?? '–')}</p>
<nav aria-label="${esc(LABELS.themesNav)}"><ul>${r.themes.map((th) => `<li><a href="#theme-${esc(anchor(th))}">${esc(themeName(th, lang))}</a></li>`).join('')}${charts.length ? `<li><a href="#charts">${esc(t('review-charts:heading'))}</a></li>` : ''}<li><a href="#appendix">${esc(LABELS.appendix)}</a></li></ul></nav>
<h2>${esc(LABELS.totals)}</h2>
<table><tbody>
${row(LABELS.received, r.totals.barrierReports)}${row(`${LABELS.received} — ${LABELS.previousYear}`, r.totals.barrierReportsPreviousYear)}
${row(LABELS.resolved, r.totals.resolvedBarrierReports)}${row(LABELS.overdue, r.totals.overdueBarrierReports)}${row(LABELS.clusters, r.totals.duplicateClusters)}
${r.totals.endorsements ? row(LABELS.endorsements, r.totals.endorsements) : ''}
${row(LABELS.proposals, r.totals.proposals)}${row(LABELS.responses, r.totals.responses)}${row(LABELS.respondents, r.totals.respondents)}
</tbody></table>
${r.themes.map((th, i) => section(th, texts[i] ?? null, p, lang)).join('\n')}
${charts.length ? `<h2 id="charts">${esc(t('review-charts:heading'))}</h2>\n${charts.map((c) => `<h3>${esc(c.title)}</h3>${chartFigureHtml(c, { table: showTable })}`).join('\n')}` : ''}
<h2 id="appendix">${esc(LABELS.appendix)}</h2>
${r.themes.map((th) => figuresOf(th, p, lang)).join('\n')}
</main></body></html>`;
}
