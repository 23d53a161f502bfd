import type { ModerationItem } from '../../clients/consultations.types';
import { alert, csrfField, errorSummary, fieldId, formatDate, FormState, radioGroup, selectField, submitButton } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { FLAG_REASON_LABELS, label, MODERATION_REASON_LABELS, options } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';

export interface ModerationQueueData {
  items: ModerationItem[];
  /** The API's cursor of the next page, and of this one (absent: the oldest responses). */
  next: string | null;
  cursor?: string;
  form: FormState;
  /** A decision was just saved. */
  done: boolean;
  unavailable?: 'timeout' | 'down' | 'error';
  general?: string;
}

/** Journey 5 for moderators: the responses to check, each with its own decision form. */
export function renderModerationQueue(ctx: PageContext, { items, next, cursor, form, done, unavailable, general }: ModerationQueueData): SafeHtml {
  const t = ctx.t;
  const title = t('Moderatie', 'Moderation');
  return layout(ctx, {
    title,
    section: 'moderation',
    body: html`${heading1(title)}
${done ? alert('ok', html`<p class="utrecht-paragraph">${t('Uw besluit is opgeslagen.', 'Your decision has been saved.')}</p>`) : ''}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general)}
<p class="utrecht-paragraph">${items.length} ${next || cursor ? t('reacties op deze pagina wachten op een besluit.', 'responses on this page await a decision.') : t('reacties wachten op een besluit.', 'responses await a decision.')}</p>
${items.map(
  (item) => html`<article class="pb-message pb-section" id="${fieldId(`item.${item.id}`)}" aria-labelledby="${fieldId(`item.${item.id}`)}-kop">
<h2 class="utrecht-heading-3" id="${fieldId(`item.${item.id}`)}-kop">${item.reason === 'flagged' ? t('Gemeld door lezers', 'Flagged by readers') : t('Voorafgaande moderatie', 'Pre-moderation')}${item.flagCount ? ` (${item.flagCount})` : ''} — ${formatDate(ctx, item.submittedAt, true)}</h2>
<p class="utrecht-paragraph pb-response-body">${item.body}</p>
${item.onBehalfOf ? html`<p class="utrecht-paragraph">${t('Namens', 'On behalf of')} ${item.onBehalfOf}</p>` : ''}
${item.flags?.length ? html`<ul class="utrecht-unordered-list">${item.flags.map((f) => html`<li class="utrecht-unordered-list__item">${label(FLAG_REASON_LABELS, f.reason, ctx.lang)}${f.explanation ? `: ${f.explanation}` : ''}</li>`)}</ul>` : ''}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/consultaties/${item.proposalId}">${t('Naar het voorstel', 'To the proposal')}</a></p>
<form method="post" action="/moderatie/${item.id}" novalidate>${csrfField(ctx)}
${radioGroup(ctx, form, { name: `decision.${item.id}`, legend: t('Besluit', 'Decision'), options: [{ value: 'publish', label: t('Publiceren', 'Publish') }, { value: 'reject', label: t('Afwijzen', 'Reject') }] })}
${selectField(ctx, form, { name: `reason.${item.id}`, label: t('Reden bij afwijzen', 'Reason when rejecting'), placeholder: t('Kies een reden', 'Choose a reason'), options: options(MODERATION_REASON_LABELS, ctx.lang) })}
<div class="pb-actions">${submitButton(t('Besluit opslaan', 'Save decision'))}</div>
</form></article>`,
)}
${pager(ctx, '/moderatie', {}, next, cursor)}`,
  });
}

/** The queue itself could not be read. */
export function renderModerationUnavailable(ctx: PageContext, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = ctx.t('Moderatie', 'Moderation');
  return layout(ctx, { title, section: 'moderation', body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}
