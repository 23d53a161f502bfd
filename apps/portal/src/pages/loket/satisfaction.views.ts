import type { ReportView } from '../../clients/loket.types';
import { alert, csrfField, FormState, radioGroup, submitButton, textArea } from '../../web/components';
import { html, SafeHtml } from '../../web/html';
import type { PageContext } from '../../web/page-context';

/** What the reporter just did with the answer (after the redirect), to confirm it on their page. */
export type Judged = 'closed' | 'reopened';

/** Names in the error summary of the satisfaction form. */
export function satisfactionFieldLabels(ctx: PageContext): Record<string, string> {
  return { helped: ctx.msg('reporter:page.satisfaction.legend'), reason: ctx.msg('reporter:page.satisfaction.reason') };
}

/**
 * "Did this answer help you?" on the reporter's page of a resolved report (issue 10 item 5): a
 * plain form, no JavaScript. "No" needs a reason; it reopens the report to its handler.
 */
export function renderSatisfaction(ctx: PageContext, report: ReportView, token: string, form: FormState, judged?: Judged): SafeHtml {
  const m = ctx.msg;
  const confirmation = judged
    ? alert('ok', html`<p class="utrecht-paragraph" id="judged">${judged === 'closed' ? m('reporter:page.satisfaction.thanksClosed') : m('reporter:page.satisfaction.thanksReopened')}</p>`)
    : '';
  const notice = report.status === 'reopened' ? html`<p class="utrecht-paragraph" id="reopened-notice">${m('reporter:page.reopenedNotice')}</p>` : '';
  if (!report.satisfactionAsked) return html`${confirmation}${notice}`;
  return html`${confirmation}<section class="pb-section" aria-labelledby="satisfaction-title"><h2 class="utrecht-heading-2" id="satisfaction-title" tabindex="-1">${m('reporter:page.satisfaction.title')}</h2>
<p class="utrecht-paragraph">${m('reporter:page.satisfaction.intro')}</p>
<form method="post" action="/meldingen/${report.reference}/tevredenheid" novalidate>
${csrfField(ctx)}<input type="hidden" name="token" value="${token}">
${radioGroup(ctx, form, {
  name: 'helped',
  legend: m('reporter:page.satisfaction.legend'),
  options: [
    { value: 'yes', label: m('reporter:page.satisfaction.yes') },
    { value: 'no', label: m('reporter:page.satisfaction.no') },
  ],
})}
${textArea(ctx, form, { name: 'reason', label: m('reporter:page.satisfaction.reason'), hint: m('reporter:page.satisfaction.reasonHint'), optional: true, rows: 4 })}
<div class="pb-actions">${submitButton(m('reporter:page.satisfaction.submit'))}</div>
</form>
</section>`;
}
