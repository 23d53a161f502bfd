import type { Amendment } from '../../clients/review.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, csrfField, errorSummary, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { label, options, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';

const ID = /^[0-9a-f-]{36}$/i;

export interface AmendmentsData {
  year: number;
  amendments: Amendment[];
  /** The API's cursor of the next page, and of this one. */
  next: string | null;
  cursor?: string;
  themes: ThemeOption[];
  form: FormState;
  /** What was just done (`voorgesteld`, `besloten`, `versie`). */
  done?: string;
  /** The list itself could not be read. */
  listFailure?: 'timeout' | 'down' | 'error';
  unavailable?: 'timeout' | 'down' | 'error';
  general?: string;
}

/** Journey 8: amendments with their evidence, accepted or declined, then the next strategy version. */
export function renderAmendments(ctx: PageContext, { year, amendments, next, cursor, themes, form, done, listFailure, unavailable, general }: AmendmentsData): SafeHtml {
  const title = `${ctx.msg('staff:amendments.strategyAmendments')} ${year}`;
  const notices = new Set(['voorgesteld', 'besloten', 'versie']);
  const labels = { kind: ctx.msg('staff:amendments.kind'), themeCode: ctx.msg('staff:amendments.theme'), actionIndex: ctx.msg('staff:amendments.action'), text: ctx.msg('staff:amendments.newText'), summary: ctx.msg('staff:amendments.summary'), evidence: ctx.msg('staff:amendments.evidence') };
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${ctx.msg('staff:amendments.backToCoordination')}</a></p>
${heading1(title)}
${done && notices.has(done) ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg(`staff:amendments.doneNotice.${done}`)}</p>`) : ''}
${listFailure ? unavailableMessage(ctx, listFailure) : ''}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
${amendments.map(
  (a) => html`<article class="pb-message pb-section" aria-labelledby="w-${a.id}">
<h2 class="utrecht-heading-3" id="w-${a.id}">${label(ctx, 'amendmentKind', a.kind)} · ${ctx.msg('staff:amendments.theme2')} ${themeLabel(themes, a.themeCode)} · <span class="pb-status">${label(ctx, 'amendmentStatus', a.status)}</span></h2>
<p class="utrecht-paragraph">${a.summary}</p>
${a.text ? html`<p class="utrecht-paragraph"><em>${a.text}</em></p>` : ''}
<p class="utrecht-paragraph">${ctx.msg('staff:amendments.evidence')}: ${a.evidence.map((e, i) => html`${i ? ', ' : ''}${label(ctx, 'evidence', e.type)} ${e.type === 'consultation' && ID.test(e.id) ? html`<a class="utrecht-link" href="/consultaties/${e.id}">${e.id}</a>` : e.id}`)}</p>
${a.reason ? html`<p class="utrecht-paragraph">${ctx.msg('staff:amendments.reason')}: ${a.reason}</p>` : ''}
${
  a.status === 'proposed'
    ? html`<form method="post" action="/coordinatie/wijzigingen/${a.id}/besluit" novalidate>${csrfField(ctx)}<input type="hidden" name="year" value="${String(year)}">
${radioGroup(ctx, form, { name: `decision.${a.id}`, legend: ctx.msg('staff:amendments.decision'), options: [{ value: 'accepted', label: ctx.msg('staff:amendments.accept') }, { value: 'declined', label: ctx.msg('staff:amendments.decline') }] })}
${textArea(ctx, form, { name: `reason.${a.id}`, label: ctx.msg('staff:amendments.reason2'), rows: 2 })}
<div class="pb-actions">${submitButton(ctx.msg('staff:amendments.saveDecision'), 'secondary')}</div></form>`
    : ''
}
</article>`,
)}
${pager(ctx, '/coordinatie/wijzigingen', { jaar: String(year) }, next, cursor)}
${amendments.some((a) => a.status === 'accepted') ? html`<form method="post" action="/coordinatie/wijzigingen/strategieversie">${csrfField(ctx)}<input type="hidden" name="year" value="${String(year)}"><div class="pb-actions">${submitButton(ctx.msg('staff:amendments.publishTheNextStrategyVersion'))}</div></form>` : ''}
<h2 class="utrecht-heading-2">${ctx.msg('staff:amendments.proposeAnAmendment')}</h2>
<form method="post" action="/coordinatie/wijzigingen" novalidate>${csrfField(ctx)}<input type="hidden" name="year" value="${String(year)}">
${radioGroup(ctx, form, { name: 'kind', legend: labels.kind, options: options(ctx, 'amendmentKind') })}
${themes.length ? selectField(ctx, form, { name: 'themeCode', label: labels.themeCode, placeholder: ctx.msg('staff:amendments.chooseATheme'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) }) : textField(ctx, form, { name: 'themeCode', label: labels.themeCode, width: 'sm' })}
${textField(ctx, form, { name: 'actionIndex', label: ctx.msg('staff:amendments.numberOfTheAction'), hint: ctx.msg('staff:amendments.whenChangingOrRetiringWhichAction'), optional: true, inputmode: 'numeric', width: 'xs' })}
${textArea(ctx, form, { name: 'text', label: labels.text, hint: ctx.msg('staff:amendments.theTextOfTheNewOr'), optional: true, rows: 3 })}
${textArea(ctx, form, { name: 'summary', label: labels.summary, rows: 2 })}
${textArea(ctx, form, { name: 'evidence', label: labels.evidence, hint: ctx.msg('staff:amendments.onePerLineKindAndIdentifier'), rows: 3 })}
<div class="pb-actions">${submitButton(ctx.msg('staff:amendments.proposeAmendment'))}</div>
</form>`,
  });
}
