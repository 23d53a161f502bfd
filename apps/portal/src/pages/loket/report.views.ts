import { ReportView, resolutionOf } from '../../clients/loket.types';
import { alert, checkbox, csrfField, dataList, errorSummary, formatDate, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { label, options } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { Judged, renderSatisfaction, satisfactionFieldLabels } from './satisfaction.views';
import { reporterSplitSection } from './split.views';
import { lostLinkHref } from './tracking-link.views';

export function renderReportForm(ctx: PageContext, form: FormState, unavailable?: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = ctx.msg('loket:report.reportABarrier');
  return layout(ctx, {
    title: Object.keys(form.errors).length ? `${ctx.msg('loket:report.error')}: ${title}` : title,
    section: 'report',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, undefined, reportFieldLabels(ctx))}
<p class="utrecht-paragraph">${ctx.msg('loket:report.areYouAnEntrepreneurWhoseDigital')}</p>
<form method="post" action="/meldingen/nieuw" novalidate class="utrecht-form">
${csrfField(ctx)}
<h2 class="utrecht-heading-2">${ctx.msg('loket:report.theBarrier')}</h2>
${textField(ctx, form, { name: 'title', label: ctx.msg('loket:report.title'), hint: ctx.msg('loket:report.sumUpTheBarrierInOne') })}
${textArea(ctx, form, { name: 'description', label: ctx.msg('loket:report.whatDoYouWantToDo'), hint: ctx.msg('loket:report.atLeast20Characters'), rows: 8 })}
${selectField(ctx, form, { name: 'technology', label: ctx.msg('loket:report.technology'), placeholder: ctx.msg('loket:report.chooseATechnology'), options: options(ctx, 'technology') })}
${selectField(ctx, form, { name: 'sector', label: ctx.msg('loket:report.sector'), hint: ctx.msg('loket:report.theSbiSectionOfYourCompany'), placeholder: ctx.msg('loket:report.chooseASector'), options: options(ctx, 'sector') })}
${textArea(ctx, form, { name: 'impact', label: ctx.msg('loket:report.impact'), hint: ctx.msg('loket:report.whatDoesTheBarrierCostYou'), optional: true, rows: 4 })}
${textArea(ctx, form, { name: 'suggestedSolution', label: ctx.msg('loket:report.yourSuggestedSolution'), optional: true, rows: 4 })}
<h2 class="utrecht-heading-2">${ctx.msg('loket:report.theRegulation')}</h2>
${textField(ctx, form, { name: 'regulation.name', label: ctx.msg('loket:report.nameOfTheLawOrRegulation'), hint: ctx.msg('loket:report.forExampleWetTerVoorkomingVan') })}
${textField(ctx, form, { name: 'regulation.article', label: ctx.msg('loket:report.article'), optional: true, width: 'sm' })}
${textField(ctx, form, { name: 'regulation.bwbId', label: ctx.msg('loket:report.bwbId'), hint: ctx.msg('loket:report.theIdentifierOnWettenOverheidNl'), optional: true, width: 'sm' })}
<h2 class="utrecht-heading-2">${ctx.msg('loket:report.yourCompany')}</h2>
${textField(ctx, form, { name: 'company.name', label: ctx.msg('loket:report.companyName'), autocomplete: 'organization' })}
${textField(ctx, form, { name: 'company.kvkNumber', label: ctx.msg('loket:report.chamberOfCommerceKvkNumber'), hint: ctx.msg('loket:report.n8Digits'), inputmode: 'numeric', width: 'sm' })}
${radioGroup(ctx, form, { name: 'company.sizeClass', legend: ctx.msg('loket:report.companySize'), options: options(ctx, 'size') })}
<h2 class="utrecht-heading-2">${ctx.msg('loket:report.contactDetails')}</h2>
${textField(ctx, form, { name: 'contact.name', label: ctx.msg('loket:report.yourName'), autocomplete: 'name' })}
${textField(ctx, form, { name: 'contact.email', label: ctx.msg('loket:report.eMailAddress'), hint: ctx.msg('loket:report.weSendTheLinkToFollow'), type: 'email', autocomplete: 'email' })}
${textField(ctx, form, { name: 'contact.phone', label: ctx.msg('loket:report.phoneNumber'), type: 'tel', autocomplete: 'tel', optional: true, width: 'md' })}
<h2 class="utrecht-heading-2">${ctx.msg('loket:report.consent')}</h2>
${checkbox(ctx, form, { name: 'consent.contact', label: ctx.msg('loket:report.iAgreeThatTheOfficialMay') })}
${checkbox(ctx, form, { name: 'consent.publish', label: ctx.msg('loket:report.theResolvedBarrierMayBePublished') })}
<div class="pb-actions">${submitButton(ctx.msg('loket:report.sendReport'))}</div>
</form>`,
  });
}

/** Names in the error summary, so each message says which field it is about. */
export function reportFieldLabels(ctx: PageContext): Record<string, string> {
  return {
    title: ctx.msg('loket:report.title'),
    description: ctx.msg('loket:report.description'),
    technology: ctx.msg('loket:report.technology'),
    sector: ctx.msg('loket:report.sector'),
    impact: ctx.msg('loket:report.impact'),
    suggestedSolution: ctx.msg('loket:report.suggestedSolution'),
    'regulation.name': ctx.msg('loket:report.lawOrRegulation'),
    'regulation.article': ctx.msg('loket:report.article'),
    'regulation.bwbId': ctx.msg('loket:report.bwbId'),
    'company.name': ctx.msg('loket:report.companyName'),
    'company.kvkNumber': ctx.msg('loket:report.kvkNumber'),
    'company.sizeClass': ctx.msg('loket:report.companySize2'),
    'contact.name': ctx.msg('loket:report.name'),
    'contact.email': ctx.msg('loket:report.eMailAddress'),
    'contact.phone': ctx.msg('loket:report.phoneNumber'),
    'consent.contact': ctx.msg('loket:report.consent'),
  };
}


/** After a report is sent: its reference (when it is a well-formed one) and what happens next. */
export function renderReportReceived(ctx: PageContext, ref: string | undefined): SafeHtml {
  const title = ctx.msg('loket:report.yourReportHasBeenReceived');
  return layout(ctx, {
    title,
    section: 'report',
    body: html`${heading1(title)}
${alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('loket:report.yourReferenceNumberIs')} <strong id="reference">${ref ?? '—'}</strong>.</p>`)}
<p class="utrecht-paragraph">${ctx.msg('loket:report.withinAFewMinutesYouWill')}</p>
<p class="utrecht-paragraph">${ctx.msg('loket:report.noEMailReceivedOrLost')} <a class="utrecht-link" id="lost-link" href="${lostLinkHref(ref)}">${ctx.msg('loket:report.requestANewLink')}</a>.</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">${ctx.msg('loket:report.toTheHomePage')}</a></p>`,
  });
}

/** The tracking page when the loket did not answer: say so; the link itself is fine. */
export function renderTrackingUnavailable(ctx: PageContext, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = ctx.msg('loket:report.yourReport');
  return layout(ctx, { title, body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}

export function renderTrackingPage(
  ctx: PageContext,
  report: ReportView,
  token: string,
  form: FormState,
  sent: boolean,
  unavailable?: 'timeout' | 'down' | 'error',
  judged?: Judged,
): SafeHtml {
  const resolution = resolutionOf(report);
  // Internal notes never reach a reporter: the loket leaves them out, and this page would not show one either.
  const messages = report.messages.filter((m) => !(m as { internal?: boolean }).internal);
  const title = `${ctx.msg('loket:report.report')} ${report.reference}`;
  return layout(ctx, {
    title,
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, undefined, satisfactionFieldLabels(ctx))}
${sent ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('loket:report.yourMessageHasBeenSentTo')}</p>`) : ''}
${report.title ? html`<p class="utrecht-paragraph"><strong>${report.title}</strong></p>` : ''}
${dataList([
      [ctx.msg('loket:report.status'), html`<span class="pb-status" id="report-status">${label(ctx, 'reporterStatus', report.status)}</span>`],
      [ctx.msg('loket:report.receivedOn'), formatDate(ctx, report.receivedAt)],
      [ctx.msg('loket:report.toBeAnsweredBy'), formatDate(ctx, report.deadlines?.answerBy)],
    ])}
${
  report.linkExpiresAt
    ? html`<p class="utrecht-paragraph" id="link-expires">${ctx.msg('loket:report.thisPrivateLinkWorksUntil')} ${formatDate(ctx, report.linkExpiresAt)}. ${ctx.msg('loket:report.afterThatRequestANewOne')} <a class="utrecht-link" href="${lostLinkHref(report.reference)}">${ctx.msg('loket:report.lostYourLink')}</a></p>`
    : ''
}
${
  resolution
    ? html`<section class="pb-section" aria-labelledby="outcome-title"><h2 class="utrecht-heading-2" id="outcome-title">${ctx.msg('loket:report.outcome')}</h2>
${alert('info', html`<p class="utrecht-paragraph"><strong id="report-outcome">${label(ctx, 'outcome', resolution.outcome)}</strong></p>${resolution.explanation ? html`<p class="utrecht-paragraph" id="report-explanation">${resolution.explanation}</p>` : ''}`)}
</section>`
    : ''
}
${reporterSplitSection(ctx, report)}
${renderSatisfaction(ctx, report, token, form, judged)}
<section class="pb-section" aria-labelledby="timeline-title"><h2 class="utrecht-heading-2" id="timeline-title">${ctx.msg('loket:report.timeline')}</h2>
<ol class="pb-timeline">${(report.timeline ?? []).map((e) => html`<li><strong>${label(ctx, 'reporterStatus', e.status)}</strong> — ${formatDate(ctx, e.at, true)}</li>`)}</ol>
</section>
<section class="pb-section" aria-labelledby="berichten"><h2 class="utrecht-heading-2" id="berichten" tabindex="-1">${ctx.msg('loket:report.messages')}</h2>
${messages.length ? messages.map((m) => html`<div class="pb-message"><p class="utrecht-paragraph"><strong>${m.from === 'reporter' ? ctx.msg('loket:report.you') : ctx.msg('loket:report.official')}</strong> — ${formatDate(ctx, m.at, true)}</p><p class="utrecht-paragraph">${m.body}</p></div>`) : html`<p class="utrecht-paragraph">${ctx.msg('loket:report.thereAreNoMessagesYet')}</p>`}
${
  // A split report is answered in its parts: nothing to add to it.
  ['resolved', 'duplicate', 'rejected', 'closed', 'split'].includes(report.status)
    ? ''
    : html`<form method="post" action="/meldingen/${report.reference}/berichten" novalidate>
${csrfField(ctx)}<input type="hidden" name="token" value="${token}">
${textArea(ctx, form, { name: 'body', label: ctx.msg('loket:report.yourAnswerOrAdditionalInformation'), rows: 5 })}
<div class="pb-actions">${submitButton(ctx.msg('loket:report.sendMessage'))}</div>
</form>`
}
</section>`,
  });
}
