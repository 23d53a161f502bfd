import type { ModerationItem } from '../../clients/consultations.types';
import { alert, csrfField, errorSummary, fieldId, formatDate, FormState, radioGroup, selectField, submitButton } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { label, options } from '../../web/labels';
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
  const title = ctx.msg('staff:moderation.moderation');
  return layout(ctx, {
    title,
    section: 'moderation',
    body: html`${heading1(title)}
${done ? alert('ok', html`<p class="utrecht-paragraph">${ctx.msg('staff:moderation.yourDecisionHasBeenSaved')}</p>`) : ''}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general)}
<p class="utrecht-paragraph">${next || cursor ? ctx.msg('staff:moderation.awaitingOnThisPage', { count: items.length }) : ctx.msg('staff:moderation.awaiting', { count: items.length })}</p>
${items.map(
  (item) => html`<article class="pb-message pb-section" id="${fieldId(`item.${item.id}`)}" aria-labelledby="${fieldId(`item.${item.id}`)}-kop">
<h2 class="utrecht-heading-3" id="${fieldId(`item.${item.id}`)}-kop">${item.reason === 'flagged' ? ctx.msg('staff:moderation.flaggedByReaders') : ctx.msg('staff:moderation.preModeration')}${item.flagCount ? ` (${item.flagCount})` : ''} — ${formatDate(ctx, item.submittedAt, true)}</h2>
<p class="utrecht-paragraph pb-response-body">${item.body}</p>
${item.onBehalfOf ? html`<p class="utrecht-paragraph">${ctx.msg('staff:moderation.onBehalfOf')} ${item.onBehalfOf}</p>` : ''}
${item.flags?.length ? html`<ul class="utrecht-unordered-list">${item.flags.map((f) => html`<li class="utrecht-unordered-list__item">${label(ctx, 'flagReason', f.reason)}${f.explanation ? `: ${f.explanation}` : ''}</li>`)}</ul>` : ''}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/consultaties/${item.proposalId}">${ctx.msg('staff:moderation.toTheProposal')}</a></p>
<form method="post" action="/moderatie/${item.id}" novalidate>${csrfField(ctx)}
${radioGroup(ctx, form, { name: `decision.${item.id}`, legend: ctx.msg('staff:moderation.decision'), options: [{ value: 'publish', label: ctx.msg('staff:moderation.publish') }, { value: 'reject', label: ctx.msg('staff:moderation.reject') }] })}
${selectField(ctx, form, { name: `reason.${item.id}`, label: ctx.msg('staff:moderation.reasonWhenRejecting'), placeholder: ctx.msg('staff:moderation.chooseAReason'), options: options(ctx, 'moderationReason') })}
<div class="pb-actions">${submitButton(ctx.msg('staff:moderation.saveDecision'))}</div>
</form></article>`,
)}
${pager(ctx, '/moderatie', {}, next, cursor)}`,
  });
}

/** The queue itself could not be read. */
export function renderModerationUnavailable(ctx: PageContext, reason: 'timeout' | 'down' | 'error'): SafeHtml {
  const title = ctx.msg('staff:moderation.moderation');
  return layout(ctx, { title, section: 'moderation', body: html`${heading1(title)}${unavailableMessage(ctx, reason)}` });
}
