import type { OfficialReport } from '../../clients/loket.types';
import { csrfField, formatDate, FormState, selectField, submitButton, table, textField } from '../../web/components';
import { SPLIT_ROWS } from '../../web/forms';
import { html, SafeHtml } from '../../web/html';
import { departmentOptions, label } from '../../web/labels';
import type { PageContext } from '../../web/page-context';
import { reportLink } from './report-link.views';

/** Statuses in which the loket splits a report (its state machine: triaged and in progress). */
const SPLITTABLE = ['triaged', 'in_progress'];

/**
 * The split of a report (issue 10 item 6) on the official's page: the parts of a split report, the
 * original of a part, and — where the loket allows it — the form to split, one row per part
 * (works without JavaScript: empty rows are left out).
 */
export function splitSection(ctx: PageContext, r: OfficialReport, form: FormState): SafeHtml {
  const partOf = r.partOf
    ? html`<p class="utrecht-paragraph" id="deel-van">${ctx.msg('split:official.partOf')} ${reportLink(ctx, r.partOf.reference, r.partOf.inScope)} (${label(ctx, 'status', r.partOf.status)})</p>`
    : '';
  const parts = r.parts?.length
    ? html`<h2 class="utrecht-heading-2" id="delen">${ctx.msg('split:official.partsHeading')}</h2>
${table(
  ctx.msg('split:official.partsCaption'),
  [ctx.msg('split:official.reference'), ctx.msg('split:official.ministry'), ctx.msg('split:official.status'), ctx.msg('split:official.handler'), ctx.msg('split:official.answerBy'), ctx.msg('split:official.outcome')],
  r.parts.map((p) => [
    reportLink(ctx, p.reference, p.inScope),
    label(ctx, 'department', p.department),
    label(ctx, 'status', p.status),
    p.handler ?? ctx.msg('split:official.noHandler'),
    formatDate(ctx, p.answerBy),
    p.outcome ? label(ctx, 'outcome', p.outcome.outcome) : '—',
  ]),
)}`
    : '';
  const canSplit = SPLITTABLE.includes(r.status) && !r.partOf;
  const rows = Array.from({ length: SPLIT_ROWS }, (_, i) => {
    const department = `parts.${i}.department`;
    return html`<fieldset class="utrecht-form-fieldset pb-split-part"><legend class="utrecht-form-fieldset__legend">${ctx.msg('split:official.partLegend', { number: i + 1 })}</legend>
${selectField(ctx, form, { name: department, label: ctx.msg('split:official.ministry'), placeholder: '—', options: departmentOptions(ctx, form.values[department]) })}
${textField(ctx, form, { name: `parts.${i}.handler`, label: ctx.msg('split:official.handler'), hint: ctx.msg('split:official.handlerHint'), optional: true, width: 'md' })}
</fieldset>`;
  });
  const splitForm = canSplit
    ? html`<h2 class="utrecht-heading-2" id="splitsen">${ctx.msg('split:official.heading')}</h2>
<p class="utrecht-paragraph">${ctx.msg('split:official.intro')}</p>
<form method="post" action="/behandelen/${r.reference}/splitsen" novalidate>
${csrfField(ctx)}
${rows}
<div class="pb-actions">${submitButton(ctx.msg('split:official.submit'), 'secondary')}</div>
</form>`
    : '';
  return html`${partOf}${parts}${splitForm}`;
}

/** The link to the report's audit trail: for every official who may open the report (issue 10 item 8). */
export function auditTrailLink(ctx: PageContext, reference: string): SafeHtml {
  return html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/behandelen/${reference}/auditlog">${ctx.msg('officials:report.auditLogOfThisReport')}</a></p>`;
}
