import { CHART_CSS, chartFigureHtml } from '@pb/charts';
import { translatorFor } from '@pb/i18n';
import type { DocumentThemeText, DocumentTexts } from '../../domain/document-narrative';
import { DimensionFigure, Figure, ReviewContent, ThemeSection } from '../../domain/review-content';
import { TITLE_SLOT, analysisSentence, consultationReportPage } from './review-analyses';
import { reviewCharts } from './review-charts';
import { ReviewLanguage, labelsFor, regulationLabel, themeName } from './review-labels';

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
  const dims = (caption: string, list: DimensionFigure[], label = (value: string) => value): string =>
    list.length
      ? `<table><caption>${esc(caption)}</caption><tbody>${list.map((d) => row(label(d.value), d.figure)).join('')}</tbody></table>`
      : `<p>${esc(caption)}: ${esc(LABELS.none)}</p>`;
  return { LABELS, row, dims, section: (t: ThemeSection, text: DocumentThemeText | null) => section(t, text, { LABELS, row, dims, num, lang }) };
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

function section(
  t: ThemeSection,
  text: DocumentThemeText | null,
  { LABELS, row, dims, num, lang }: { LABELS: ReturnType<typeof labelsFor>; row: (label: string, f: Figure) => string; dims: (caption: string, list: DimensionFigure[], label?: (value: string) => string) => string; num: (f: Figure) => string; lang: ReviewLanguage },
): string {
  const heading = `${themeName(t, lang)}${t.version ? ` (${t.version})` : ''}`;
  return `<section id="theme-${esc(t.code)}-${esc(t.version ?? 'none')}" aria-labelledby="h-${esc(t.code)}-${esc(t.version ?? 'none')}">
<h2 id="h-${esc(t.code)}-${esc(t.version ?? 'none')}">${esc(LABELS.theme)} ${esc(heading)}</h2>
${narrative(text, num, lang)}
<table><tbody>
${row(LABELS.received, t.reports.received)}${row(`${LABELS.received} — ${LABELS.previousYear}`, t.reports.receivedPreviousYear)}
<tr><th scope="row">${esc(LABELS.change)}</th><td>${t.reports.change > 0 ? '+' : ''}${esc(t.reports.change)}</td></tr>
${row(LABELS.resolved, t.reports.resolved)}${row(LABELS.open, t.reports.open)}${row(LABELS.rejected, t.reports.rejected)}
${row(LABELS.duplicates, t.reports.duplicates)}${row(LABELS.clusters, t.reports.clusters)}${row(LABELS.overdue, t.reports.overdue)}
${t.reports.endorsements ? row(LABELS.endorsements, t.reports.endorsements) : ''}
${row(LABELS.median, t.handlingWorkingDays.median)}${row(LABELS.p90, t.handlingWorkingDays.p90)}
</tbody></table>
${dims(LABELS.outcomes, t.outcomes)}${dims(LABELS.regulations, t.regulations, (d) => regulationLabel(d, lang))}${dims(LABELS.technologies, t.technologies)}${dims(LABELS.sectors, t.sectors)}
<h3>${esc(LABELS.consultations)}</h3>
<table><tbody>
${row(LABELS.proposals, t.consultations.proposals)}${row(`${LABELS.proposals} — ${LABELS.previousYear}`, t.consultations.proposalsPreviousYear)}
${row(LABELS.responses, t.consultations.responses)}${row(`${LABELS.responses} — ${LABELS.previousYear}`, t.consultations.responsesPreviousYear)}
${row(LABELS.organisations, t.consultations.responsesFromOrganisations)}${row(LABELS.individuals, t.consultations.responsesFromIndividuals)}
${row(LABELS.respondents, t.consultations.respondents)}${row(LABELS.consultationReports, t.consultations.reports)}
</tbody></table>
${t.consultationReports.length ? `<h3>${esc(LABELS.consultationReports)}</h3><ul>${t.consultationReports.map((r) => `<li>${esc(r.title)} (${esc(r.answeredAt.slice(0, 10))}, ${esc(r.responses)} ${esc(LABELS.responses.toLowerCase())})</li>`).join('')}</ul>` : ''}
${analyses(t, lang)}${t.notableResponses.length ? `<h3>${esc(LABELS.notableResponses)}</h3><ul>${t.notableResponses.map((r) => `<li>${esc(r.responseId)}: ${esc(r.supportCount)}</li>`).join('')}</ul>` : ''}
${t.amendments.length ? `<h3>${esc(LABELS.amendments)}</h3><ul>${t.amendments.map((a) => `<li>${esc(a.kind)}: ${esc(a.summary)} — <strong>${esc(a.status)}</strong>${a.reason ? ` (${esc(a.reason)})` : ''}</li>`).join('')}</ul>` : ''}
</section>`;
}

/**
 * A self-contained, accessible page: tables with headers, every figure a link to its records; per
 * theme the signed-off text (`texts`, in `r.themes`' order) before its figures.
 */
export function renderReviewHtml(r: ReviewContent, lang: ReviewLanguage = 'nl', texts: DocumentTexts = []): string {
  const { LABELS, row, section } = parts(lang);
  const title = LABELS.title(r.year);
  const charts = reviewCharts(r, lang);
  const showTable = translatorFor(lang)('review-charts:show-table');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — ${esc(LABELS.revision)} ${esc(r.revision)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #666;padding:.2rem .5rem;text-align:left}td{text-align:right}caption{font-weight:bold;text-align:left}a{text-decoration:underline}${CHART_CSS}figure{margin:1rem 0}figcaption{margin:.25rem 0}.figures{font-size:.9em}</style>
</head><body><main>
<h1>${esc(title)}</h1>
<p>${esc(LABELS.revision)} ${esc(r.revision)} · ${esc(LABELS.compiledAt)} ${esc(r.compiledAt)} · ${esc(LABELS.strategyVersion)} ${esc(r.strategyVersion ?? '–')}</p>
<nav aria-label="${esc(LABELS.themesNav)}"><ul>${r.themes.map((t) => `<li><a href="#theme-${esc(t.code)}-${esc(t.version ?? 'none')}">${esc(themeName(t, lang))}</a></li>`).join('')}</ul></nav>
${charts.length ? `<h2 id="charts">${esc(translatorFor(lang)('review-charts:heading'))}</h2>\n${charts.map((c) => `<h3>${esc(c.title)}</h3>${chartFigureHtml(c, { table: showTable })}`).join('\n')}` : ''}
<h2>${esc(LABELS.totals)}</h2>
<table><tbody>
${row(LABELS.received, r.totals.barrierReports)}${row(`${LABELS.received} — ${LABELS.previousYear}`, r.totals.barrierReportsPreviousYear)}
${row(LABELS.resolved, r.totals.resolvedBarrierReports)}${row(LABELS.overdue, r.totals.overdueBarrierReports)}${row(LABELS.clusters, r.totals.duplicateClusters)}
${r.totals.endorsements ? row(LABELS.endorsements, r.totals.endorsements) : ''}
${row(LABELS.proposals, r.totals.proposals)}${row(LABELS.responses, r.totals.responses)}${row(LABELS.respondents, r.totals.respondents)}
</tbody></table>
${r.themes.map((t, i) => section(t, texts[i] ?? null)).join('\n')}
</main></body></html>`;
}
