import { chartFigureHtml, formatValue, renderChart } from '@pb/charts';
import { html, raw, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';
import type { IndicatorData } from '../../clients/review.types';

/** An indicator as the review's API answers it (GET /api/review/indicators). */
export type { IndicatorData };

function targetText(ctx: PageContext, i: IndicatorData): string {
  const { value, year, comparison } = i.target;
  if (value === null) return year ? ctx.t(`Doel voor ${year}, zonder getal in de strategie`, `Aim for ${year}, without a number in the strategy`) : ctx.t('Doel zonder getal in de strategie', 'Aim without a number in the strategy');
  const amount = formatValue(value, ctx.lang, i.unit);
  const how = comparison === 'at-most' ? ctx.t('ten hoogste', 'at most') : ctx.t('ten minste', 'at least');
  return year ? ctx.t(`${how} ${amount} in ${year}`, `${how} ${amount} by ${year}`) : `${how} ${amount}`;
}

function statusText(ctx: PageContext, i: IndicatorData): string {
  if (!i.latest) return ctx.t('Nog geen waarde vastgelegd.', 'No value recorded yet.');
  const value = formatValue(i.latest.value, ctx.lang, i.unit);
  const against =
    i.latest.meetsTarget === null ? '' : i.latest.meetsTarget ? ctx.t(' — het doel is gehaald.', ' — the target is met.') : ctx.t(' — het doel is (nog) niet gehaald.', ' — the target is not (yet) met.');
  return ctx.t(`Laatste waarde: ${value} (${i.latest.period})${against}`, `Latest value: ${value} (${i.latest.period})${against}`);
}

/** The values over the periods, with the target as a dashed line where the strategy gives a number. */
function indicatorChart(ctx: PageContext, i: IndicatorData): SafeHtml {
  const definition = ctx.lang === 'en' ? i.definition.en : i.definition.nl;
  const periods = i.values.map((v) => v.period);
  const first = i.values[0];
  const last = i.values.at(-1)!;
  const description =
    i.values.length === 1
      ? ctx.t(`Eén waarde: ${formatValue(last.value, 'nl', i.unit)} in ${last.period}.`, `One value: ${formatValue(last.value, 'en', i.unit)} in ${last.period}.`)
      : ctx.t(
          `Van ${formatValue(first.value, 'nl', i.unit)} in ${first.period} naar ${formatValue(last.value, 'nl', i.unit)} in ${last.period}.`,
          `From ${formatValue(first.value, 'en', i.unit)} in ${first.period} to ${formatValue(last.value, 'en', i.unit)} in ${last.period}.`,
        ) + (i.target.value !== null ? ` ${ctx.t('Doel', 'Target')}: ${targetText(ctx, i)}.` : '');
  const chart = renderChart(
    {
      kind: 'line',
      title: definition,
      description,
      categoryLabel: ctx.t('Periode', 'Period'),
      categories: periods,
      unit: i.unit,
      series: [
        { name: ctx.t('Gemeten', 'Measured'), values: i.values.map((v) => v.value) },
        ...(i.target.value !== null ? [{ name: ctx.t('Doel', 'Target'), values: periods.map(() => i.target.value), role: 'target' as const }] : []),
      ],
      height: 260,
    },
    ctx.lang,
  );
  return raw(chartFigureHtml(chart, { table: ctx.t('Toon de cijfers als tabel', 'Show the figures as a table') }));
}

/**
 * The indicators of one theme against their targets: what the strategy promised (in its own
 * words, with the section), the latest value, the trend as a chart with its data table, and the
 * corrections made (history is never hidden).
 */
export function indicatorsView(ctx: PageContext, indicators: IndicatorData[]): SafeHtml {
  if (!indicators.length) return html``;
  return html`<ul class="pb-indicators">${indicators.map((i) => {
    const corrections = i.history.filter((h) => h.corrects !== null);
    return html`<li class="pb-indicator">
<h4 class="utrecht-heading-4">${ctx.lang === 'en' ? i.definition.en : i.definition.nl}</h4>
<p class="utrecht-paragraph"><strong>${ctx.t('Doel', 'Target')}:</strong> ${targetText(ctx, i)}. ${statusText(ctx, i)}</p>
<blockquote class="utrecht-blockquote" lang="nl"><p class="utrecht-paragraph">“${i.target.source.quote}”</p><footer>${ctx.t('Nederlandse Digitaliseringsstrategie 2018, §', 'Dutch Digitalisation Strategy 2018, §')}${i.target.source.section}</footer></blockquote>
${i.values.length ? indicatorChart(ctx, i) : html``}
${corrections.length ? html`<p class="utrecht-paragraph">${ctx.t(`${corrections.length === 1 ? '1 waarde is' : `${corrections.length} waarden zijn`} later gecorrigeerd:`, `${corrections.length === 1 ? '1 value was' : `${corrections.length} values were`} corrected later:`)} ${corrections.map((c) => `${c.period} (${c.correctionReason ?? ''})`).join('; ')}</p>` : html``}
<p class="utrecht-paragraph pb-hint">${ctx.t('Bron', 'Source')}: ${i.source}</p>
</li>`;
  })}</ul>`;
}
