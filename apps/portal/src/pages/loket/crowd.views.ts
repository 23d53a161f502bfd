import type { SimilarEntry } from '../../clients/loket.types';
import { alert, dataList, errorSummary, fieldId, formatDate, freshFormFields, submitButton } from '../../web/components';
import { REPORT_FIELDS } from '../../web/forms';
import { html, raw, SafeHtml } from '../../web/html';
import { label } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

/** Each form of these pages gets a fresh idempotency key: the check page offers several posts (one per entry, and the report itself). */
const formFields = freshFormFields;

/** What the reporter typed, carried along in hidden fields: the check step works without JavaScript and without a session. */
export function reportValuesHidden(values: Record<string, string>): SafeHtml {
  return html`${REPORT_FIELDS.filter((n) => values[n] !== undefined && values[n] !== '').map((n) => html`<input type="hidden" name="${n}" value="${values[n]}">`)}`;
}

export interface CheckStepState {
  /** An error on one entry's endorsement: the entry's reference and the message. */
  entryError?: { reference: string; message: string };
  /** An error not about one field (the entry left the register, too many attempts, the loket down). */
  general?: string;
}

const consentId = (i: number): string => fieldId(`endorse-consent-${i}`);

/**
 * The report form's check step (issue 10, item 7): published entries like the barrier being
 * reported, each with "this is my barrier too"; or the report itself after all, or back to the form.
 */
export function renderCheckStep(ctx: PageContext, values: Record<string, string>, entries: readonly SimilarEntry[], state: CheckStepState = {}): SafeHtml {
  const title = ctx.msg('crowd:check.title');
  const errors: Record<string, string> = {};
  entries.forEach((e, i) => {
    if (state.entryError?.reference === e.reference) errors[`endorse-consent-${i}`] = state.entryError.message;
  });
  const hasError = Object.keys(errors).length > 0 || !!state.general;
  return layout(ctx, {
    title: hasError ? `${ctx.msg('loket:report.error')}: ${title}` : title,
    section: 'report',
    body: html`${heading1(title)}
${errorSummary(ctx, { values: {}, errors }, state.general, Object.fromEntries(Object.keys(errors).map((k) => [k, ctx.msg('crowd:check.consentLabel')])))}
<p class="utrecht-paragraph">${ctx.msg('crowd:check.intro', { count: entries.length })}</p>
<ol class="pb-similar-entries" id="similar-entries">
${entries.map((e, i) => {
  const error = errors[`endorse-consent-${i}`];
  return html`<li class="pb-section"><article aria-labelledby="similar-${i}-title">
<h2 class="utrecht-heading-2" id="similar-${i}-title"><a class="utrecht-link" href="/register/${e.reference}">${e.title}</a></h2>
${dataList([
  [ctx.msg('crowd:check.reference'), e.reference],
  [ctx.msg('crowd:check.regulation'), `${e.regulation.name}${e.regulation.article ? `, art. ${e.regulation.article}` : ''}${e.regulation.bwbId ? ` (${e.regulation.bwbId})` : ''}`],
  [ctx.msg('crowd:check.outcome'), html`<strong>${label(ctx, 'outcome', e.outcome)}</strong> (${formatDate(ctx, e.resolvedAt)})`],
  [ctx.msg('crowd:check.reportedBy'), ctx.msg('crowd:check.companies', { count: e.clusterSize })],
  [ctx.msg('crowd:check.foundBecause'), e.matchedOn.map((m) => ctx.msg(`crowd:check.matched.${m}`)).join('; ')],
])}
<p class="utrecht-paragraph">${e.explanation}</p>
<form method="post" action="/meldingen/nieuw/ook-mijn-barriere" novalidate class="utrecht-form">
${formFields(ctx)}${reportValuesHidden(values)}<input type="hidden" name="referentie" value="${e.reference}">
<div class="utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}">
  ${error ? html`<div class="utrecht-form-field-error-message" id="${consentId(i)}-error"><span class="pb-visually-hidden">${ctx.msg('layout:components.error')}: </span>${error}</div>` : ''}
  <div class="utrecht-form-field__input"><input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="${consentId(i)}" name="endorse.consent" value="true"${raw(error ? ` aria-invalid="true" aria-describedby="${consentId(i)}-error"` : '')}></div>
  <div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--checkbox" for="${consentId(i)}">${ctx.msg('crowd:check.consent', { reference: e.reference })}</label></div>
</div>
<div class="pb-actions">${submitButton(ctx.msg('crowd:check.mineToo'), 'primary')}</div>
</form>
</article></li>`;
})}
</ol>
<section class="pb-section" aria-labelledby="own-report-title"><h2 class="utrecht-heading-2" id="own-report-title">${ctx.msg('crowd:check.notTheSame')}</h2>
<p class="utrecht-paragraph">${ctx.msg('crowd:check.ownReportHint')}</p>
<form method="post" action="/meldingen/nieuw" novalidate class="utrecht-form">
${formFields(ctx)}${reportValuesHidden(values)}
<div class="pb-actions">${submitButton(ctx.msg('crowd:check.sendOwnReport'), 'primary', { name: 'stap', value: 'verzenden' })} ${submitButton(ctx.msg('crowd:check.backToForm'), 'secondary', { name: 'stap', value: 'wijzigen' })}</div>
</form>
</section>`,
  });
}

/** After "this is my barrier too": they count, the outcome comes by mail; their own report is still one click away. */
export function renderEndorsed(ctx: PageContext, reference: string, values: Record<string, string>): SafeHtml {
  const title = ctx.msg('crowd:endorsed.title', { reference });
  return layout(ctx, {
    title,
    section: 'report',
    body: html`${heading1(title)}
${alert('ok', html`<p class="utrecht-paragraph" id="endorsed">${ctx.msg('crowd:endorsed.youCount', { reference })}</p>`)}
<p class="utrecht-paragraph">${ctx.msg('crowd:endorsed.mail')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/register/${reference}">${ctx.msg('crowd:endorsed.seeEntry', { reference })}</a></p>
<section class="pb-section" aria-labelledby="also-report-title"><h2 class="utrecht-heading-2" id="also-report-title">${ctx.msg('crowd:endorsed.alsoReport')}</h2>
<p class="utrecht-paragraph">${ctx.msg('crowd:endorsed.alsoReportHint')}</p>
<form method="post" action="/meldingen/nieuw" novalidate class="utrecht-form">
${formFields(ctx)}${reportValuesHidden(values)}
<div class="pb-actions">${submitButton(ctx.msg('crowd:endorsed.sendOwnReportToo'), 'secondary', { name: 'stap', value: 'verzenden' })}</div>
</form>
</section>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('crowd:endorsed.home')}</a></p>`,
  });
}

/** The withdrawal link of an endorser's mail: a button, so a mail scanner's GET changes nothing. */
export function renderWithdrawForm(ctx: PageContext, token: string, unavailable?: string): SafeHtml {
  const title = ctx.msg('crowd:withdraw.title');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
${unavailable ? errorSummary(ctx, { values: {}, errors: {} }, unavailable) : ''}
<p class="utrecht-paragraph">${ctx.msg('crowd:withdraw.explain')}</p>
<form method="post" action="/meldingen/steun-intrekken" novalidate class="utrecht-form">
${formFields(ctx)}<input type="hidden" name="token" value="${token}">
<div class="pb-actions">${submitButton(ctx.msg('crowd:withdraw.button'))}</div>
</form>`,
  });
}

export function renderWithdrawn(ctx: PageContext, reference: string | undefined): SafeHtml {
  const title = ctx.msg('crowd:withdraw.doneTitle');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
${alert('ok', html`<p class="utrecht-paragraph" id="withdrawn">${ctx.msg('crowd:withdraw.done', { reference: reference ?? '—' })}</p>`)}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('crowd:endorsed.home')}</a></p>`,
  });
}

/** A used, older or forged withdrawal link: one page, which says what may have happened. */
export function renderWithdrawInvalid(ctx: PageContext): SafeHtml {
  const title = ctx.msg('crowd:withdraw.invalidTitle');
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
<p class="utrecht-paragraph" id="withdraw-invalid">${ctx.msg('crowd:withdraw.invalid')}</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('crowd:endorsed.home')}</a></p>`,
  });
}
