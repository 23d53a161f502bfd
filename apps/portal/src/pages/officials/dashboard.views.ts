import { chartFigureHtml, renderChart, type ChartSpec } from '@pb/charts';
import type { Dashboard, DashboardWeek } from '../../clients/desk.types';
import { emptyForm, selectField, submitButton } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, raw, SafeHtml } from '../../web/html';
import { departmentOptions } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { hasRole, PageContext } from '../../web/page-context';

export interface DashboardViewData {
  /** The loket's figures; undefined when it did not answer. */
  dashboard?: Dashboard;
  unavailable?: 'timeout' | 'down' | 'error';
  /** The department asked for (admin). */
  department?: string;
}

const weekLabel = (ctx: PageContext) => {
  const f = new Intl.DateTimeFormat(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (w: DashboardWeek) => f.format(new Date(`${w.week}T00:00:00Z`));
};

const days = (ctx: PageContext, n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : new Intl.NumberFormat(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(n);

function figure(ctx: PageContext, spec: ChartSpec): SafeHtml {
  return raw(chartFigureHtml(renderChart(spec, ctx.lang), { table: ctx.msg('desk:dashboard.showTable') }));
}

/** The mean of the weeks' values that have one (weeks without answers have none). */
function meanOf(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/**
 * A department's dashboard (issue 10 item 8): this week's figures, then per week for the last year
 * open and overdue reports, reopenings and the handling time in working days (mean and 90th
 * percentile) — server-rendered SVG charts, each with a sentence and its data as a table.
 */
export function renderDashboard(ctx: PageContext, { dashboard, unavailable, department }: DashboardViewData): SafeHtml {
  const shown = dashboard ? dashboard.department : department;
  const title = shown ? ctx.msg('desk:dashboard.titleOf', { department: shown }) : ctx.msg('desk:dashboard.titleAll');
  const picker = hasRole(ctx, 'admin')
    ? html`<form method="get" action="/behandelen/dashboard" class="pb-section" aria-label="${ctx.msg('desk:dashboard.pick')}">
<div class="pb-filters">${selectField(ctx, emptyForm({ ministerie: department ?? '' }), { name: 'ministerie', label: ctx.msg('desk:dashboard.ministry'), placeholder: ctx.msg('desk:dashboard.allMinistries'), options: departmentOptions(ctx, department) })}</div>
<div class="pb-actions">${submitButton(ctx.msg('desk:dashboard.show'), 'secondary')}</div>
</form>`
    : '';
  const back = html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/behandelen">${ctx.msg('desk:dashboard.backToQueue')}</a></p>`;
  if (!dashboard) return layout(ctx, { title, section: 'queue', body: html`${back}${heading1(title)}${picker}${unavailableMessage(ctx, unavailable ?? 'error')}` });

  const weeks = dashboard.weeks;
  const label = weekLabel(ctx);
  const categories = weeks.map(label);
  const now = weeks.at(-1);
  const answered = weeks.reduce((n, w) => n + w.answered, 0);
  const reopened = weeks.reduce((n, w) => n + w.reopened, 0);
  const first = categories[0] ?? '';
  const last = categories.at(-1) ?? '';
  const unit = ctx.msg('desk:dashboard.workingDaysUnit');
  const cards: [string, string | number][] = [
    [ctx.msg('desk:dashboard.open'), now?.open ?? 0],
    [ctx.msg('desk:dashboard.overdue'), now?.overdue ?? 0],
    [ctx.msg('desk:dashboard.reopenedThisWeek'), now?.reopened ?? 0],
    [ctx.msg('desk:dashboard.averageYear'), days(ctx, meanOf(weeks.map((w) => w.averageDays)))],
  ];
  return layout(ctx, {
    title,
    section: 'queue',
    body: html`${back}${heading1(title)}
${picker}
<h2 class="utrecht-heading-2">${ctx.msg('desk:dashboard.thisWeek', { week: last })}</h2>
<ul class="pb-cards">${cards.map(([name, value]) => html`<li class="pb-card"><span class="pb-figure">${value}</span> ${name}</li>`)}</ul>
<p class="utrecht-paragraph pb-hint">${ctx.msg('desk:dashboard.explanation')}</p>
${figure(ctx, {
  kind: 'line',
  title: ctx.msg('desk:dashboard.openTitle'),
  description: ctx.msg('desk:dashboard.openDescription', { first, last, open: now?.open ?? 0, overdue: now?.overdue ?? 0 }),
  categoryLabel: ctx.msg('desk:dashboard.week'),
  categories,
  series: [
    { name: ctx.msg('desk:dashboard.open'), values: weeks.map((w) => w.open) },
    { name: ctx.msg('desk:dashboard.overdue'), values: weeks.map((w) => w.overdue) },
  ],
})}
${figure(ctx, {
  kind: 'bar',
  title: ctx.msg('desk:dashboard.flowTitle'),
  description: ctx.msg('desk:dashboard.flowDescription', { first, last, answered, reopened }),
  categoryLabel: ctx.msg('desk:dashboard.week'),
  categories,
  series: [
    { name: ctx.msg('desk:dashboard.answered'), values: weeks.map((w) => w.answered) },
    { name: ctx.msg('desk:dashboard.reopened'), values: weeks.map((w) => w.reopened) },
  ],
})}
${figure(ctx, {
  kind: 'line',
  title: ctx.msg('desk:dashboard.handlingTitle'),
  description: ctx.msg('desk:dashboard.handlingDescription', { first, last, average: days(ctx, meanOf(weeks.map((w) => w.averageDays))), p90: days(ctx, meanOf(weeks.map((w) => w.p90Days))) }),
  categoryLabel: ctx.msg('desk:dashboard.week'),
  categories,
  unit,
  series: [
    { name: ctx.msg('desk:dashboard.average'), values: weeks.map((w) => w.averageDays) },
    { name: ctx.msg('desk:dashboard.p90'), values: weeks.map((w) => w.p90Days) },
  ],
})}`,
  });
}
