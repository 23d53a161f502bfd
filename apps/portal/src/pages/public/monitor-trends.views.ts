import { chartFigureHtml, renderChart, type ChartSpec } from '@pb/charts';
import { dutchLaw } from '@pb/regulations';
import type { MonitorTrends } from '../../clients/monitor-trends.types';
import { html, raw, SafeHtml } from '../../web/html';
import { label } from '../../web/labels';
import type { PageContext } from '../../web/page-context';

const MONTH_NAMES = (lang: 'nl' | 'en') => new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

function figure(ctx: PageContext, spec: ChartSpec): SafeHtml {
  return raw(chartFigureHtml(renderChart(spec, ctx.lang), { table: ctx.msg('monitor-trends:show-table') }));
}

/** The sum of a list of counts. */
const total = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * The monitor's trends as charts (server-rendered SVG, a sentence for who cannot see it, the data
 * as a table): per month, per year, per theme, per outcome, and the most-cited regulations.
 */
export function trendCharts(ctx: PageContext, trends: MonitorTrends, themeTitles: ReadonlyMap<string, string>): SafeHtml {
  const months = trends.months;
  const monthName = MONTH_NAMES(ctx.lang);
  const monthLabels = months.map((m) => monthName.format(new Date(`${m.month}-01T00:00:00Z`)));
  const last = months.at(-1);
  const lastYears = trends.years.slice(-5);
  const years = [...new Set([...trends.themes.map((t) => t.year), ...trends.outcomes.map((o) => o.year)])].sort().slice(-3);
  const themes = [...new Set(trends.themes.map((t) => t.theme))].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
  const outcomes = [...new Set(trends.outcomes.map((o) => o.outcome))];
  const charts: SafeHtml[] = [
    figure(ctx, {
      kind: 'line',
      title: ctx.msg('monitor-trends:months.title'),
      description: ctx.msg('monitor-trends:months.description', {
        reported: total(months.map((m) => m.reported)),
        resolved: total(months.map((m) => m.resolved)),
        responses: total(months.map((m) => m.responses)),
        lastReported: last?.reported ?? 0,
        lastMonth: monthLabels.at(-1) ?? '',
      }),
      categoryLabel: ctx.msg('monitor-trends:month'),
      categories: monthLabels,
      series: [
        { name: ctx.msg('monitor-trends:reported'), values: months.map((m) => m.reported) },
        { name: ctx.msg('monitor-trends:resolved'), values: months.map((m) => m.resolved) },
        { name: ctx.msg('monitor-trends:responses'), values: months.map((m) => m.responses) },
      ],
    }),
    figure(ctx, {
      kind: 'bar',
      title: ctx.msg('monitor-trends:years.title'),
      description: ctx.msg('monitor-trends:years.description', { count: lastYears.length, first: lastYears[0]?.year ?? '', last: lastYears.at(-1)?.year ?? '' }),
      categoryLabel: ctx.msg('monitor-trends:year'),
      categories: lastYears.map((y) => String(y.year)),
      series: [
        { name: ctx.msg('monitor-trends:reported'), values: lastYears.map((y) => y.reported) },
        { name: ctx.msg('monitor-trends:resolved'), values: lastYears.map((y) => y.resolved) },
        { name: ctx.msg('monitor-trends:responses'), values: lastYears.map((y) => y.responses) },
      ],
    }),
  ];
  if (themes.length) {
    charts.push(
      figure(ctx, {
        kind: 'bar',
        title: ctx.msg('monitor-trends:themes.title'),
        description: ctx.msg('monitor-trends:themes.description', { years: years.join(', ') }),
        categoryLabel: ctx.msg('monitor-trends:theme'),
        categories: themes.map((code) => (themeTitles.has(code) ? `${code} ${themeTitles.get(code)}` : code)),
        series: years.map((year) => ({ name: String(year), values: themes.map((code) => trends.themes.find((t) => t.theme === code && t.year === year)?.reported ?? 0) })),
        height: Math.max(320, 28 * themes.length),
      }),
    );
  }
  if (outcomes.length) {
    charts.push(
      figure(ctx, {
        kind: 'bar',
        title: ctx.msg('monitor-trends:outcomes.title'),
        description: ctx.msg('monitor-trends:outcomes.description', { years: years.join(', ') }),
        categoryLabel: ctx.msg('monitor-trends:outcome'),
        categories: outcomes.map((o) => label(ctx, 'outcome', o)),
        series: years.map((year) => ({ name: String(year), values: outcomes.map((o) => trends.outcomes.find((x) => x.outcome === o && x.year === year)?.resolved ?? 0) })),
      }),
    );
  }
  if (trends.regulations.length) {
    const top = trends.regulations[0];
    charts.push(
      figure(ctx, {
        kind: 'bar',
        title: ctx.msg('monitor-trends:regulations.title'),
        description: ctx.msg('monitor-trends:regulations.description', { law: dutchLaw(top.bwbId)?.title ?? top.bwbId, count: top.reported }),
        categoryLabel: ctx.msg('monitor-trends:regulation'),
        categories: trends.regulations.map((r) => dutchLaw(r.bwbId)?.abbreviations[0] ?? dutchLaw(r.bwbId)?.title ?? r.bwbId),
        series: [{ name: ctx.msg('monitor-trends:reported'), values: trends.regulations.map((r) => r.reported) }],
        height: Math.max(320, 28 * trends.regulations.length),
      }),
    );
  }
  return html`<h2 class="utrecht-heading-2" id="trends">${ctx.msg('monitor-trends:heading')}</h2>
${charts}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/api/review/monitor/trends">${ctx.msg('monitor-trends:as-json')}</a></p>`;
}
