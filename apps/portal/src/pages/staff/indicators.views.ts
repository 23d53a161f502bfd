import { formatValue } from '@pb/charts';
import type { IndicatorData } from '../../clients/review.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, csrfField, errorSummary, fieldId, formatDate, FormState, selectField, submitButton, table, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

type IndicatorValue = IndicatorData['history'][number];

/** A row error of a CSV import as the review names it (`row 3.Perioden`): the page lists them under the file. */
export const ROW_ERROR = /^row \d+\./;

const definitionOf = (ctx: PageContext, i: IndicatorData): string => (ctx.lang === 'en' ? i.definition.en : i.definition.nl);

function targetOf(ctx: PageContext, i: IndicatorData): string {
  const { value, year, comparison } = i.target;
  if (value === null) return ctx.msg('indicators:target.none');
  const amount = formatValue(value, ctx.lang, i.unit);
  return ctx.msg(comparison === 'at-most' ? 'indicators:target.at-most' : 'indicators:target.at-least', { amount, year: year ?? '–' });
}

export interface IndicatorListData {
  indicators: IndicatorData[];
  themes: ThemeOption[];
  /** The strategy versions the review knows, oldest first: a new indicator is for one of them (the latest by default). */
  versions: string[];
  /** The form to define an indicator. */
  form: FormState;
  failure?: 'timeout' | 'down' | 'error';
  /** The review's answer that names no field (an unknown version or ambition). */
  general?: string;
}

/**
 * `/coordinatie/indicatoren`: every indicator of every strategy version per theme, with its target
 * and latest value, each linking to its values; and the form to give an ambition of a version an
 * indicator (issue 12 item 1: a later version's ambitions get theirs from the coordinator).
 */
export function renderIndicatorList(ctx: PageContext, data: IndicatorListData): SafeHtml {
  const title = ctx.msg('indicators:list.title');
  const themes = [...new Set(data.indicators.map((i) => i.theme))].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
  const labels = defineLabels(ctx);
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${ctx.msg('indicators:back-to-coordination')}</a></p>
${heading1(title)}
${errorSummary(ctx, data.form, data.general, labels)}
<p class="utrecht-paragraph">${ctx.msg('indicators:list.intro')}</p>
${data.failure ? unavailableMessage(ctx, data.failure) : ''}
${themes.map((theme) =>
  table(
    `${ctx.msg('indicators:theme')} ${themeLabel(data.themes, theme)}`,
    [ctx.msg('indicators:indicator'), ctx.msg('indicators:version'), ctx.msg('indicators:target.heading'), ctx.msg('indicators:latest'), ctx.msg('indicators:values')],
    data.indicators
      .filter((i) => i.theme === theme)
      .map((i) => [
        html`<a class="utrecht-link" href="/coordinatie/indicatoren/${i.id}">${definitionOf(ctx, i)}</a>`,
        i.strategyVersion,
        targetOf(ctx, i),
        i.latest ? `${formatValue(i.latest.value, ctx.lang, i.unit)} (${i.latest.period})` : ctx.msg('indicators:no-value'),
        String(i.history.length),
      ]),
  ),
)}
${defineForm(ctx, data, labels)}`,
  });
}

function defineLabels(ctx: PageContext): Record<string, string> {
  return {
    strategyVersion: ctx.msg('indicators:define.strategy-version'),
    theme: ctx.msg('indicators:define.theme'),
    code: ctx.msg('indicators:define.code'),
    definitionNl: ctx.msg('indicators:define.definition-nl'),
    definitionEn: ctx.msg('indicators:define.definition-en'),
    unit: ctx.msg('indicators:unit'),
    source: ctx.msg('indicators:define.source'),
    targetValue: ctx.msg('indicators:define.target-value'),
    targetComparison: ctx.msg('indicators:define.target-comparison'),
    targetYear: ctx.msg('indicators:define.target-year'),
    targetSection: ctx.msg('indicators:define.target-section'),
    targetQuote: ctx.msg('indicators:define.target-quote'),
  };
}

/** The form for a new indicator: the latest version chosen unless the coordinator chose another. */
function defineForm(ctx: PageContext, data: IndicatorListData, labels: Record<string, string>): SafeHtml {
  const form: FormState = { values: { strategyVersion: data.versions.at(-1) ?? '', ...data.form.values }, errors: data.form.errors };
  return html`<h2 class="utrecht-heading-2" id="definieren">${ctx.msg('indicators:define.title')}</h2>
<p class="utrecht-paragraph">${ctx.msg('indicators:define.intro')}</p>
<form method="post" action="/coordinatie/indicatoren" novalidate>${csrfField(ctx)}
${selectField(ctx, form, { name: 'strategyVersion', label: labels.strategyVersion, options: [...data.versions].reverse().map((v) => ({ value: v, label: v })) })}
${selectField(ctx, form, { name: 'theme', label: labels.theme, hint: ctx.msg('indicators:define.theme-hint'), placeholder: ctx.msg('indicators:define.choose'), options: data.themes.map((t) => ({ value: t.code, label: `${t.code} ${t.title}` })) })}
${textField(ctx, form, { name: 'code', label: labels.code, hint: ctx.msg('indicators:define.code-hint'), width: 'md' })}
${textArea(ctx, form, { name: 'definitionNl', label: labels.definitionNl, rows: 2 })}
${textArea(ctx, form, { name: 'definitionEn', label: labels.definitionEn, rows: 2 })}
${textField(ctx, form, { name: 'unit', label: labels.unit, hint: ctx.msg('indicators:define.unit-hint'), width: 'sm' })}
${textField(ctx, form, { name: 'source', label: labels.source, hint: ctx.msg('indicators:define.source-hint') })}
${textField(ctx, form, { name: 'targetValue', label: labels.targetValue, hint: ctx.msg('indicators:define.target-value-hint'), optional: true, inputmode: 'decimal', width: 'sm' })}
${selectField(ctx, form, {
  name: 'targetComparison',
  label: labels.targetComparison,
  optional: true,
  placeholder: ctx.msg('indicators:define.comparison-none'),
  options: [
    { value: 'at-least', label: ctx.msg('indicators:define.at-least') },
    { value: 'at-most', label: ctx.msg('indicators:define.at-most') },
  ],
})}
${textField(ctx, form, { name: 'targetYear', label: labels.targetYear, optional: true, inputmode: 'numeric', width: 'sm' })}
${textField(ctx, form, { name: 'targetSection', label: labels.targetSection, hint: ctx.msg('indicators:define.target-section-hint'), optional: true })}
${textArea(ctx, form, { name: 'targetQuote', label: labels.targetQuote, hint: ctx.msg('indicators:define.target-quote-hint'), optional: true, rows: 3 })}
<div class="pb-actions">${submitButton(ctx.msg('indicators:define.submit'))}</div></form>`;
}

export interface IndicatorPageData {
  indicator: IndicatorData;
  themes: ThemeOption[];
  /** The form to record one value, and the import form (its fields prefixed `import.`). */
  form: FormState;
  importForm: FormState;
  /** The correction of the definition (fields `definition.nl`, `definition.en`); empty: the current definition. */
  definitionForm?: FormState;
  /** What was just done: `vastgelegd`, the counts of an import, the indicator defined or its definition corrected. */
  done?: { kind: 'recorded' } | { kind: 'imported'; recorded: number; corrected: number; unchanged: number; withoutFigure: number } | { kind: 'defined' } | { kind: 'definition' };
  unavailable?: 'timeout' | 'down' | 'error';
  general?: string;
}

function historyRow(ctx: PageContext, i: IndicatorData, v: IndicatorValue, byId: Map<string, IndicatorValue>): SafeHtml[] | string[] {
  const corrected = v.corrects ? byId.get(v.corrects) : undefined;
  const superseded = i.history.some((h) => h.corrects === v.id);
  return [
    v.period,
    formatValue(v.value, ctx.lang, i.unit),
    v.source,
    formatDate(ctx, v.observedOn),
    formatDate(ctx, v.recordedAt, true),
    corrected
      ? ctx.msg('indicators:history.corrects', { value: formatValue(corrected.value, ctx.lang, i.unit), reason: v.correctionReason ?? '' })
      : superseded
        ? ctx.msg('indicators:history.corrected-later')
        : '',
  ];
}

/**
 * `/coordinatie/indicatoren/{id}`: what the strategy promised, every value ever recorded (a
 * correction beside what it corrects: history is never hidden), a form for one value (optionally
 * correcting one) and the import of a CBS StatLine CSV export. A rejected import lists every bad
 * row, and nothing of it was recorded.
 */
export function renderIndicator(ctx: PageContext, d: IndicatorPageData): SafeHtml {
  const i = d.indicator;
  const title = definitionOf(ctx, i);
  const byId = new Map(i.history.map((v) => [v.id, v]));
  const rowErrors = Object.entries(d.importForm.errors).filter(([field]) => ROW_ERROR.test(field));
  const labels = {
    value: ctx.msg('indicators:form.value'),
    period: ctx.msg('indicators:form.period'),
    source: ctx.msg('indicators:form.source'),
    observedOn: ctx.msg('indicators:form.observed-on'),
    corrects: ctx.msg('indicators:form.corrects'),
    reason: ctx.msg('indicators:form.reason'),
    'import.csv': ctx.msg('indicators:import.csv'),
    'import.source': ctx.msg('indicators:form.source'),
    'import.observedOn': ctx.msg('indicators:form.observed-on'),
    'import.column': ctx.msg('indicators:import.column'),
    'definition.nl': ctx.msg('indicators:define.definition-nl'),
    'definition.en': ctx.msg('indicators:define.definition-en'),
  };
  const definitionForm: FormState = d.definitionForm ?? { values: { 'definition.nl': i.definition.nl, 'definition.en': i.definition.en }, errors: {} };
  const allErrors: FormState = { values: {}, errors: { ...d.form.errors, ...d.importForm.errors, ...definitionForm.errors } };
  const quoted = i.target.source;
  const current = i.values;
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie/indicatoren">${ctx.msg('indicators:back-to-list')}</a></p>
${heading1(title)}
${
  d.done?.kind === 'recorded'
    ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('indicators:done.recorded')}</p>`)
    : d.done?.kind === 'imported'
      ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('indicators:done.imported', { recorded: d.done.recorded, corrected: d.done.corrected, unchanged: d.done.unchanged, withoutFigure: d.done.withoutFigure })}</p>`)
      : d.done?.kind === 'defined'
        ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('indicators:done.defined')}</p>`)
        : d.done?.kind === 'definition'
          ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('indicators:done.definition')}</p>`)
          : ''
}
${d.unavailable ? unavailableMessage(ctx, d.unavailable) : ''}
${errorSummary(ctx, allErrors, d.general, labels)}
<p class="utrecht-paragraph">${ctx.msg('indicators:theme')} ${themeLabel(d.themes, i.theme)} · ${ctx.msg('indicators:version')}: ${i.strategyVersion} · ${ctx.msg('indicators:target.heading')}: ${targetOf(ctx, i)} · ${ctx.msg('indicators:unit')}: ${i.unit}</p>
${quoted ? html`<blockquote class="utrecht-blockquote" lang="nl"><p class="utrecht-paragraph">“${quoted.quote}”</p><footer>${ctx.msg('indicators:strategy-section', { section: quoted.section })}</footer></blockquote>` : ''}
<h2 class="utrecht-heading-2">${ctx.msg('indicators:history.title')}</h2>
${
  i.history.length
    ? table(
        ctx.msg('indicators:history.caption'),
        [ctx.msg('indicators:form.period'), ctx.msg('indicators:form.value'), ctx.msg('indicators:form.source'), ctx.msg('indicators:form.observed-on'), ctx.msg('indicators:history.recorded-at'), ctx.msg('indicators:history.correction')],
        i.history.map((v) => historyRow(ctx, i, v, byId)),
      )
    : html`<p class="utrecht-paragraph">${ctx.msg('indicators:no-value')}</p>`
}
<h2 class="utrecht-heading-2" id="waarde">${ctx.msg('indicators:form.title')}</h2>
<form method="post" action="/coordinatie/indicatoren/${i.id}/waarden" novalidate>${csrfField(ctx)}
${textField(ctx, d.form, { name: 'value', label: labels.value, hint: ctx.msg('indicators:form.value-hint', { unit: i.unit }), inputmode: 'decimal', width: 'sm' })}
${textField(ctx, d.form, { name: 'period', label: labels.period, hint: ctx.msg('indicators:form.period-hint'), width: 'sm' })}
${textField(ctx, d.form, { name: 'source', label: labels.source, hint: ctx.msg('indicators:form.source-hint') })}
${textField(ctx, d.form, { name: 'observedOn', label: labels.observedOn, type: 'date', width: 'sm' })}
${
  current.length
    ? selectField(ctx, d.form, { name: 'corrects', label: labels.corrects, optional: true, placeholder: ctx.msg('indicators:form.corrects-none'), options: current.map((v) => ({ value: v.id, label: `${v.period}: ${formatValue(v.value, ctx.lang, i.unit)}` })) })
    : ''
}
${current.length ? textArea(ctx, d.form, { name: 'reason', label: labels.reason, hint: ctx.msg('indicators:form.reason-hint'), optional: true, rows: 2 }) : ''}
<div class="pb-actions">${submitButton(ctx.msg('indicators:form.submit'))}</div></form>
<h2 class="utrecht-heading-2" id="importeren">${ctx.msg('indicators:import.title')}</h2>
<p class="utrecht-paragraph">${ctx.msg('indicators:import.layout')}</p>
<pre lang="nl"><code>ID;Perioden;Percentage
0;2019JJ00;64,5
1;2020JJ00;68,1</code></pre>
${
  rowErrors.length
    ? html`<div class="utrecht-alert utrecht-alert--error"><div class="utrecht-alert__content"><div class="utrecht-alert__message"><p class="utrecht-paragraph">${ctx.msg('indicators:import.rejected', { count: rowErrors.length })}</p><ul class="utrecht-unordered-list">${rowErrors.map(([field, message]) => html`<li class="utrecht-unordered-list__item" id="${fieldId(field)}" tabindex="-1">${message}</li>`)}</ul></div></div></div>`
    : ''
}
<form method="post" action="/coordinatie/indicatoren/${i.id}/import" novalidate>${csrfField(ctx)}
${textArea(ctx, d.importForm, { name: 'import.csv', label: labels['import.csv'], hint: ctx.msg('indicators:import.csv-hint'), rows: 8 })}
${textField(ctx, d.importForm, { name: 'import.column', label: labels['import.column'], hint: ctx.msg('indicators:import.column-hint'), optional: true, width: 'md' })}
${textField(ctx, d.importForm, { name: 'import.source', label: labels['import.source'], hint: ctx.msg('indicators:form.source-hint') })}
${textField(ctx, d.importForm, { name: 'import.observedOn', label: labels['import.observedOn'], type: 'date', width: 'sm' })}
<div class="pb-actions">${submitButton(ctx.msg('indicators:import.submit'), 'secondary')}</div></form>
<h2 class="utrecht-heading-2" id="definitie">${ctx.msg('indicators:definition.title')}</h2>
<p class="utrecht-paragraph">${ctx.msg('indicators:definition.intro')}</p>
<form method="post" action="/coordinatie/indicatoren/${i.id}/definitie" novalidate>${csrfField(ctx)}
${textArea(ctx, definitionForm, { name: 'definition.nl', label: labels['definition.nl'], rows: 2 })}
${textArea(ctx, definitionForm, { name: 'definition.en', label: labels['definition.en'], rows: 2 })}
<div class="pb-actions">${submitButton(ctx.msg('indicators:definition.submit'), 'secondary')}</div></form>`,
  });
}
