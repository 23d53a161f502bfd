import { alert, csrfField, dataList, errorSummary, FormState, formatDate, submitButton, table, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { known } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import type { ErasureListItem, ErasureView } from '../../clients/review.types';


/** The form: one e-mail address; what happens is said before it happens. */
export function erasureFormPage(ctx: PageContext, form: FormState, general?: string, unavailable?: 'timeout' | 'down' | 'error', recent: ErasureListItem[] = []): SafeHtml {
  const title = ctx.msg('admin:erasures.erasePerson');
  return layout(ctx, {
    title,
    section: 'erasures',
    body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, { email: ctx.msg('admin:erasures.eMailAddress') })}
<p class="utrecht-paragraph">${ctx.msg('admin:erasures.atTheRequestOfAPerson')}</p>
<p class="utrecht-paragraph">${ctx.msg('admin:erasures.theAddressIsNotStoredOnly')}</p>
<form method="post" action="/beheer/verwijderverzoeken" novalidate>${csrfField(ctx)}
${textField(ctx, form, { name: 'email', label: ctx.msg('admin:erasures.eMailAddress'), type: 'email', autocomplete: 'off', width: 'md' })}
<div class="pb-actions">${submitButton(ctx.msg('admin:erasures.requestErasure'))}</div>
</form>
${
  recent.length
    ? html`<h2 class="utrecht-heading-2">${ctx.msg('admin:erasures.recentRequests')}</h2>
${table(
  ctx.msg('admin:erasures.recentErasureRequestsNewestFirst'),
  [ctx.msg('admin:erasures.requested'), ctx.msg('admin:erasures.status'), ctx.msg('admin:erasures.completed')],
  recent.map((r) => [html`<a class="utrecht-link" href="/beheer/verwijderverzoeken/${r.id}">${formatDate(ctx, r.requestedAt, true)}</a>`, known(ctx.msg(`admin:erasures.requestStatus.${r.status}`), r.status), r.completedAt ? formatDate(ctx, r.completedAt, true) : '—']),
)}`
    : ''
}`,
  });
}

/** Where one request stands, per service, with a link to look again (no script, no timed refresh). */
export function erasureStatusPage(ctx: PageContext, e: ErasureView, justRequested: boolean): SafeHtml {
  const title = ctx.msg('admin:erasures.erasureRequest');
  const counts = (erased: Record<string, number> | null): SafeHtml =>
    erased
      ? html`<ul class="utrecht-unordered-list">${Object.entries(erased).map(([kind, n]) => html`<li class="utrecht-unordered-list__item">${known(ctx.msg(`admin:erasures.erasedCount.${kind}`, { count: n }), `${n} ${kind}`)}</li>`)}</ul>`
      : html`${ctx.msg('admin:erasures.noAnswerYet')}`;
  return layout(ctx, {
    title,
    section: 'erasures',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/verwijderverzoeken">${ctx.msg('admin:erasures.newErasureRequest')}</a></p>
${heading1(title)}
${justRequested ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('admin:erasures.theRequestHasBeenSentTo')}</p>`) : ''}
${dataList([
  [ctx.msg('admin:erasures.reference'), e.id],
  [ctx.msg('admin:erasures.status'), html`<span class="pb-status" id="erasure-status">${known(ctx.msg(`admin:erasures.requestStatus.${e.status}`), e.status)}</span>`],
  [ctx.msg('admin:erasures.requested'), formatDate(ctx, e.requestedAt, true)],
  [ctx.msg('admin:erasures.completed'), e.completedAt ? formatDate(ctx, e.completedAt, true) : ''],
])}
${table(
  ctx.msg('admin:erasures.perPartOfThePlatform'),
  [ctx.msg('admin:erasures.part'), ctx.msg('admin:erasures.status'), ctx.msg('admin:erasures.erased')],
  e.services.map((s) => [known(ctx.msg(`admin:erasures.service.${s.service}`), s.service), known(ctx.msg(`admin:erasures.requestStatus.${s.status}`), s.status), counts(s.erased)]),
)}
${e.status === 'pending' ? html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/verwijderverzoeken/${e.id}">${ctx.msg('admin:erasures.checkTheStatusAgain')}</a></p>` : ''}`,
  });
}
