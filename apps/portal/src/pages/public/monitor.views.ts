import type { MonitorTrends } from '../../clients/monitor-trends.types';
import { trendCharts } from './monitor-trends.views';
import type { MonitorView } from '../../clients/review.types';
import { formatDate, table } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { label } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { IndicatorData, indicatorsView } from './indicators.views';

/** The platform's totals shown as cards, each captioned `public:monitor.figure.<key>` in the catalogue. */
const FIGURES: (keyof MonitorView['totals'])[] = ['barrierReports', 'resolvedBarrierReports', 'openBarrierReports', 'overdueBarrierReports', 'duplicateClusters', 'proposals', 'responses', 'respondents'];

/** A bar per theme as a native <meter>: no script, no inline style (CSP), and the numbers stay text. */
function barChart(ctx: PageContext, view: MonitorView): SafeHtml {
  const rows = view.themes.filter((th) => (th.barrierReports ?? 0) + (th.responses ?? 0) + (th.proposals ?? 0) > 0);
  const max = Math.max(1, ...rows.map((th) => th.barrierReports ?? 0));
  return table(
    ctx.msg('public:monitor.reportsPerTheme'),
    [
      ctx.msg('public:monitor.theme'),
      ctx.msg('public:monitor.reports'),
      ctx.msg('public:monitor.resolved'),
      ctx.msg('indicators:monitor.outcomes'),
      ctx.msg('indicators:monitor.median-handling'),
      ctx.msg('indicators:monitor.satisfaction'),
      ctx.msg('desk2:monitor.endorsements'),
      ctx.msg('public:monitor.proposals'),
      ctx.msg('public:monitor.responses'),
      // The same word as the totals' card: distinct people and organisations who responded, all years.
      ctx.msg('public:monitor.figure.respondents'),
      ctx.msg('public:monitor.reportsChart'),
    ],
    rows.map((th) => [
      `${th.code} ${th.title}`,
      String(th.barrierReports ?? 0),
      String(th.resolvedBarrierReports ?? 0),
      // How the theme's reports ended, most frequent first; the same words as the register's outcomes.
      (th.outcomes ?? []).length ? (th.outcomes ?? []).map((o) => `${label(ctx, 'outcome', o.outcome)}: ${o.count}`).join('; ') : '–',
      th.medianHandlingWorkingDays === null || th.medianHandlingWorkingDays === undefined ? '–' : ctx.msg('indicators:monitor.working-days', { count: th.medianHandlingWorkingDays }),
      th.satisfaction?.answered ? ctx.msg('indicators:monitor.helped', { satisfied: th.satisfaction.satisfied, count: th.satisfaction.answered }) : '–',
      // Companies that said "this is my barrier too" of the theme's register entries (withdrawn ones not).
      String(th.endorsements ?? 0),
      String(th.proposals ?? 0),
      String(th.responses ?? 0),
      String(th.respondents ?? 0),
      html`<meter class="pb-meter" min="0" max="${max}" value="${th.barrierReports ?? 0}" aria-label="${th.code}: ${th.barrierReports ?? 0}"></meter>`,
    ]),
  );
}

/**
 * The strategy's measurable aims per theme (§9 of the strategy: the monitor of the digital
 * transformation), against what was measured. `undefined`: the review did not answer that part.
 */
function targetsSection(ctx: PageContext, view: MonitorView, indicators: IndicatorData[] | undefined): SafeHtml {
  const heading = html`<h2 class="utrecht-heading-2" id="doelen">${ctx.msg('public:monitor.targetsOfTheStrategy')}</h2>
<p class="utrecht-paragraph">${ctx.msg('public:monitor.whatTheDutchDigitalisationStrategyPromises')}</p>`;
  if (!indicators) return html`${heading}<p class="utrecht-paragraph">${ctx.msg('public:monitor.theTargetsAreNotAvailableAt')}</p>`;
  const themes = [...new Set(indicators.map((i) => i.theme))];
  const titleOf = (code: string) => view.themes.find((th) => th.code === code)?.title ?? '';
  return html`${heading}${themes.map((code) => html`<section class="pb-section" aria-labelledby="doelen-${code}"><h3 class="utrecht-heading-3" id="doelen-${code}">${code} ${titleOf(code)}</h3>${indicatorsView(ctx, indicators.filter((i) => i.theme === code))}</section>`)}`;
}

/** The monitor: live figures of the platform, in total and per theme; the review's monitor unread says so. */
export function renderMonitor(
  ctx: PageContext,
  view: MonitorView | undefined,
  unavailable?: 'timeout' | 'down' | 'error',
  indicators?: IndicatorData[],
  trends?: MonitorTrends,
): SafeHtml {
  const title = ctx.msg('public:monitor.monitor');
  if (!view) return layout(ctx, { title, section: 'monitor', body: html`${heading1(title)}${unavailableMessage(ctx, unavailable ?? 'error')}` });
  return layout(ctx, {
    title,
    section: 'monitor',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg('public:monitor.liveFiguresOfThePlatformUpdated')} ${formatDate(ctx, view.generatedAt, true)}</p>
<ul class="pb-cards">${FIGURES.map((key) => html`<li class="pb-card"><span class="pb-figure" data-figure="${key}">${String(view.totals[key] ?? 0)}</span> ${ctx.msg(`public:monitor.figure.${key}`)}</li>`)}</ul>
<h2 class="utrecht-heading-2">${ctx.msg('public:monitor.perTheme')}</h2>
${view.themes.some((th) => (th.barrierReports ?? 0) + (th.responses ?? 0) + (th.proposals ?? 0) > 0) ? barChart(ctx, view) : html`<p class="utrecht-paragraph">${ctx.msg('public:monitor.noFiguresPerThemeYet')}</p>`}
${targetsSection(ctx, view, indicators)}
${trends ? trendCharts(ctx, trends, new Map(view.themes.map((th) => [th.code, th.title]))) : ''}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/api/review/monitor">${ctx.msg('public:monitor.theseFiguresAsJson')}</a> · <a class="utrecht-link" href="/open-data">${ctx.msg('public:monitor.openData')}</a> · <a class="utrecht-link" href="/regelgeving">${ctx.msg('regulations:monitor.link')}</a></p>`,
  });
}
