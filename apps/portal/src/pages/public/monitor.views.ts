import type { Counts, MonitorView } from '../../clients/review.types';
import { formatDate, table } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { IndicatorData, indicatorsView } from './indicators.views';

const FIGURES: [keyof Counts, string, string][] = [
  ['barrierReports', 'Meldingen van belemmeringen', 'Barrier reports'],
  ['resolvedBarrierReports', 'Afgehandelde meldingen', 'Resolved reports'],
  ['openBarrierReports', 'Meldingen in behandeling', 'Reports in progress'],
  ['overdueBarrierReports', 'Meldingen over de termijn', 'Reports past their deadline'],
  ['duplicateClusters', 'Clusters van dezelfde belemmering', 'Clusters of the same barrier'],
  ['proposals', 'Voorstellen', 'Proposals'],
  ['responses', 'Reacties', 'Responses'],
  ['respondents', 'Deelnemers', 'Participants'],
];

/** A bar per theme as a native <meter>: no script, no inline style (CSP), and the numbers stay text. */
function barChart(ctx: PageContext, view: MonitorView): SafeHtml {
  const rows = view.themes.filter((th) => (th.barrierReports ?? 0) + (th.responses ?? 0) + (th.proposals ?? 0) > 0);
  const max = Math.max(1, ...rows.map((th) => th.barrierReports ?? 0));
  return table(
    ctx.t('Meldingen per thema', 'Reports per theme'),
    [ctx.t('Thema', 'Theme'), ctx.t('Meldingen', 'Reports'), ctx.t('Afgehandeld', 'Resolved'), ctx.t('Voorstellen', 'Proposals'), ctx.t('Reacties', 'Responses'), ctx.t('Meldingen (grafiek)', 'Reports (chart)')],
    rows.map((th) => [
      `${th.code} ${th.title}`,
      String(th.barrierReports ?? 0),
      String(th.resolvedBarrierReports ?? 0),
      String(th.proposals ?? 0),
      String(th.responses ?? 0),
      html`<meter class="pb-meter" min="0" max="${max}" value="${th.barrierReports ?? 0}" aria-label="${th.code}: ${th.barrierReports ?? 0}"></meter>`,
    ]),
  );
}

/**
 * The strategy's measurable aims per theme (§9 of the strategy: the monitor of the digital
 * transformation), against what was measured. `undefined`: the review did not answer that part.
 */
function targetsSection(ctx: PageContext, view: MonitorView, indicators: IndicatorData[] | undefined): SafeHtml {
  const t = ctx.t;
  const heading = html`<h2 class="utrecht-heading-2" id="doelen">${t('Doelen van de strategie', 'Targets of the strategy')}</h2>
<p class="utrecht-paragraph">${t(
    'Wat de Nederlandse Digitaliseringsstrategie meetbaar belooft, in haar eigen woorden, met de waarden die coördinatoren vastleggen. Waar de tekst geen getal noemt, staat er ook geen.',
    'What the Dutch Digitalisation Strategy promises in measurable terms, in its own words, with the values coordinators record. Where the text gives no number, neither do we.',
  )}</p>`;
  if (!indicators) return html`${heading}<p class="utrecht-paragraph">${t('De doelen zijn op dit moment niet beschikbaar.', 'The targets are not available at the moment.')}</p>`;
  const themes = [...new Set(indicators.map((i) => i.theme))];
  const titleOf = (code: string) => view.themes.find((th) => th.code === code)?.title ?? '';
  return html`${heading}${themes.map((code) => html`<section class="pb-section" aria-labelledby="doelen-${code}"><h3 class="utrecht-heading-3" id="doelen-${code}">${code} ${titleOf(code)}</h3>${indicatorsView(ctx, indicators.filter((i) => i.theme === code))}</section>`)}`;
}

/** The monitor: live figures of the platform, in total and per theme; the review's monitor unread says so. */
export function renderMonitor(ctx: PageContext, view: MonitorView | undefined, unavailable?: 'timeout' | 'down' | 'error', indicators?: IndicatorData[]): SafeHtml {
  const t = ctx.t;
  const title = t('Monitor', 'Monitor');
  if (!view) return layout(ctx, { title, section: 'monitor', body: html`${heading1(title)}${unavailableMessage(ctx, unavailable ?? 'error')}` });
  return layout(ctx, {
    title,
    section: 'monitor',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Actuele cijfers van het platform. Bijgewerkt:', 'Live figures of the platform. Updated:')} ${formatDate(ctx, view.generatedAt, true)}</p>
<ul class="pb-cards">${FIGURES.map(([key, nl, en]) => html`<li class="pb-card"><span class="pb-figure" data-figure="${key}">${String(view.totals[key] ?? 0)}</span> ${t(nl, en)}</li>`)}</ul>
<h2 class="utrecht-heading-2">${t('Per thema', 'Per theme')}</h2>
${view.themes.some((th) => (th.barrierReports ?? 0) + (th.responses ?? 0) + (th.proposals ?? 0) > 0) ? barChart(ctx, view) : html`<p class="utrecht-paragraph">${t('Nog geen cijfers per thema.', 'No figures per theme yet.')}</p>`}
${targetsSection(ctx, view, indicators)}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/api/review/monitor">${t('Deze cijfers als JSON', 'These figures as JSON')}</a> · <a class="utrecht-link" href="/open-data">${t('Open data', 'Open data')}</a></p>`,
  });
}
