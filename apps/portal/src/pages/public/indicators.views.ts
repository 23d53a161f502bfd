import { chartFigureHtml, formatValue, renderChart } from '@pb/charts';
import { formatDate } from '../../web/components';
import { html, raw, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';
import type { IndicatorData } from '../../clients/review.types';

/** An indicator as the review's API answers it (GET /api/review/indicators). */
export type { IndicatorData };

function targetText(ctx: PageContext, i: IndicatorData): string {
  const { value, year, comparison } = i.target;
  if (value === null) return year ? ctx.msg('public:indicators.noNumberBy', { year }) : ctx.msg('public:indicators.noNumber');
  const amount = formatValue(value, ctx.lang, i.unit);
  const how = comparison === 'at-most' ? ctx.msg('public:indicators.atMost') : ctx.msg('public:indicators.atLeast');
  return year ? ctx.msg('public:indicators.howAmountByYear', { how, amount, year }) : `${how} ${amount}`;
}

function statusText(ctx: PageContext, i: IndicatorData): string {
  if (!i.latest) return ctx.msg('public:indicators.noValueRecordedYet');
  const value = formatValue(i.latest.value, ctx.lang, i.unit);
  const against =
    i.latest.meetsTarget === null ? '' : i.latest.meetsTarget ? ctx.msg('public:indicators.theTargetIsMet') : ctx.msg('public:indicators.theTargetIsNotYetMet');
  return ctx.msg('public:indicators.latestValueValuePeriodAgainst', { value, period: i.latest.period, against });
}

/**
 * Where the strategy says it: a numbered section as `§3.3 …`; a heading without a number (the
 * strategy has a few) by its title alone, not as a `§` before words. The strategy is named by the
 * year of the indicator's version (2018.0: the 2018 strategy).
 */
function strategySource(ctx: PageContext, i: IndicatorData, section: string): string {
  const year = i.strategyVersion.slice(0, 4);
  return /^\d/.test(section) ? ctx.msg('public:indicators.strategySection', { section, year }) : ctx.msg('public:indicators.strategyHeading', { section, year });
}

/**
 * Each correction as a reader can check it: the period, the value it replaced and the new one, why
 * and when (history is never hidden: the old value stays in the API and the open data too).
 */
function correctionsText(ctx: PageContext, i: IndicatorData): string {
  const byId = new Map(i.history.map((v) => [v.id, v]));
  const corrections = i.history.filter((h) => h.corrects !== null);
  if (!corrections.length) return '';
  const each = corrections.map((c) => {
    const was = byId.get(c.corrects!);
    return ctx.msg('public:indicators.correction', {
      period: c.period,
      was: was ? formatValue(was.value, ctx.lang, i.unit) : '–',
      now: formatValue(c.value, ctx.lang, i.unit),
      reason: c.correctionReason ?? '',
      date: formatDate(ctx, c.recordedAt),
    });
  });
  return `${ctx.msg('public:indicators.correctedLater', { count: corrections.length })} ${each.join('; ')}.`;
}

/** The values over the periods, with the target as a dashed line where the strategy gives a number. */
function indicatorChart(ctx: PageContext, i: IndicatorData): SafeHtml {
  const definition = ctx.lang === 'en' ? i.definition.en : i.definition.nl;
  const periods = i.values.map((v) => v.period);
  const first = i.values[0];
  const last = i.values.at(-1)!;
  const description =
    i.values.length === 1
      ? ctx.msg('public:indicators.oneValue', { value: formatValue(last.value, ctx.lang, i.unit), period: last.period })
      : ctx.msg('public:indicators.fromTo', {
          from: formatValue(first.value, ctx.lang, i.unit),
          fromPeriod: first.period,
          to: formatValue(last.value, ctx.lang, i.unit),
          toPeriod: last.period,
        }) + (i.target.value !== null ? ` ${ctx.msg('public:indicators.target')}: ${targetText(ctx, i)}.` : '');
  const chart = renderChart(
    {
      kind: 'line',
      title: definition,
      description,
      categoryLabel: ctx.msg('public:indicators.period'),
      categories: periods,
      unit: i.unit,
      series: [
        { name: ctx.msg('public:indicators.measured'), values: i.values.map((v) => v.value) },
        ...(i.target.value !== null ? [{ name: ctx.msg('public:indicators.target'), values: periods.map(() => i.target.value), role: 'target' as const }] : []),
      ],
      height: 260,
    },
    ctx.lang,
  );
  return raw(chartFigureHtml(chart, { table: ctx.msg('public:indicators.showTheFiguresAsATable') }));
}

/**
 * The indicators of one theme against their targets: what the strategy promised (in its own
 * words, with the section), the latest value, the trend as a chart with its data table, and the
 * corrections made (history is never hidden).
 */
export function indicatorsView(ctx: PageContext, indicators: IndicatorData[]): SafeHtml {
  if (!indicators.length) return html``;
  return html`<ul class="pb-indicators">${indicators.map((i) => {
    const corrections = correctionsText(ctx, i);
    const source = i.target.source;
    return html`<li class="pb-indicator">
<h4 class="utrecht-heading-4">${ctx.lang === 'en' ? i.definition.en : i.definition.nl}</h4>
<p class="utrecht-paragraph"><strong>${ctx.msg('public:indicators.target')}:</strong> ${targetText(ctx, i)}. ${statusText(ctx, i)}</p>
${source ? html`<blockquote class="utrecht-blockquote" lang="nl"><p class="utrecht-paragraph">“${source.quote}”</p><footer>${strategySource(ctx, i, source.section)}</footer></blockquote>` : html``}
${i.values.length ? indicatorChart(ctx, i) : html``}
${corrections ? html`<p class="utrecht-paragraph">${corrections}</p>` : html``}
<p class="utrecht-paragraph pb-hint">${ctx.msg('public:indicators.source')}: ${i.source}</p>
</li>`;
  })}</ul>`;
}
