import type { AssignmentResult, SavedFilter } from '../../clients/desk.types';
import { alert, csrfField, fieldId, FormState, submitButton, textField } from '../../web/components';
import { html, query, raw, SafeHtml } from '../../web/html';
import { label } from '../../web/labels';
import { hasRole, PageContext } from '../../web/page-context';

/** The queue's filters a saved filter keeps (the queue's own query parameters). */
export const SAVED_FILTER_FIELDS = ['status', 'theme', 'technology', 'department', 'group', 'regulation', 'overdue', 'q', 'mine'] as const;

/** What the desk adds to the queue page: saved filters, bulk assign and the notices of both. */
export interface DeskQueueData {
  saved?: SavedFilter[];
  /** The save-filter form after a refusal (its name field and error). */
  saveForm?: FormState;
  /** The bulk assign form after a refusal or a partial result. */
  assignForm?: FormState;
  /** The result of a bulk assign just done. */
  assigned?: AssignmentResult;
  /** A notice after a redirect: a filter saved or deleted, or reports assigned (how many). */
  notice?: { kind: 'saved' | 'deleted' } | { kind: 'assigned'; count: number };
}

/** The links above the queue: all reports, my reports, the dashboard (officials and admins). */
export function deskLinks(ctx: PageContext, values: Record<string, string>): SafeHtml {
  const mine = values.mine === 'true';
  return html`<nav class="pb-actions" aria-label="${ctx.msg('desk:queue.views')}">
<a class="utrecht-link" href="/behandelen"${raw(mine ? '' : ' aria-current="page"')}>${ctx.msg('desk:queue.allReports')}</a>
<a class="utrecht-link" href="/behandelen?mine=true"${raw(mine ? ' aria-current="page"' : '')}>${ctx.msg('desk:queue.myReports')}</a>
${hasRole(ctx, 'official', 'admin') ? html`<a class="utrecht-link" href="/behandelen/dashboard">${ctx.msg('desk:queue.dashboard')}</a>` : ''}
</nav>`;
}

/** The notice a desk action's redirect asks for (`?bewaard=1`, `?verwijderd=1`, `?toegewezen=3`). */
export function deskNoticeOf(raw: Record<string, unknown>): DeskQueueData['notice'] {
  if (raw.bewaard === '1') return { kind: 'saved' };
  if (raw.verwijderd === '1') return { kind: 'deleted' };
  const count = Number.parseInt(String(raw.toegewezen ?? ''), 10);
  return count > 0 && count <= 1000 ? { kind: 'assigned', count } : undefined;
}

/** The notice after a desk action on the queue (a filter saved or deleted, reports assigned). */
export function deskNotice(ctx: PageContext, d: DeskQueueData): SafeHtml {
  if (d.assigned) {
    const { assigned, failed } = d.assigned;
    return assigned.length ? alert(failed.length ? 'warning' : 'ok', html`<p class="utrecht-paragraph">${ctx.msg('desk:assign.done', { count: assigned.length })}</p>`) : html``;
  }
  if (!d.notice) return html``;
  const text = d.notice.kind === 'assigned' ? ctx.msg('desk:assign.done', { count: d.notice.count }) : ctx.msg(`desk:filters.${d.notice.kind}`);
  return alert('ok', html`<p class="utrecht-paragraph">${text}</p>`);
}

/** A bulk assign's refusals as form errors: one per report, on its checkbox; input errors on their field. */
export function assignmentErrors(ctx: PageContext, result: AssignmentResult | undefined, fieldErrors: Record<string, string> = {}): Record<string, string> {
  const errors: Record<string, string> = { ...fieldErrors };
  for (const f of result?.failed ?? []) errors[`report-${f.reference}`] = ctx.msg('desk:assign.failed', { reference: f.reference, detail: f.detail });
  return errors;
}

const filterSummary = (ctx: PageContext, f: SavedFilter['filters']): string =>
  SAVED_FILTER_FIELDS.filter((k) => f[k])
    .map((k) =>
      k === 'mine'
        ? ctx.msg('desk:filters.onlyMine')
        : k === 'overdue'
          ? ctx.msg('desk:filters.onlyOverdue')
          : k === 'status'
            ? label(ctx, 'status', f[k])
            : k === 'technology'
              ? label(ctx, 'technology', f[k])
              : k === 'group'
                ? ctx.msg('routing:queue.groupSummary', { group: String(f[k]) })
                : String(f[k]),
    )
    .join(', ') || ctx.msg('desk:filters.everything');

/**
 * The official's saved filters (a link that applies each, a button that deletes it) and a form that
 * saves the filter the queue shows now under a name. Works without JavaScript: plain links and forms.
 */
export function savedFiltersPanel(ctx: PageContext, values: Record<string, string>, d: DeskQueueData): SafeHtml {
  const saved = d.saved ?? [];
  const form = d.saveForm ?? { values: {}, errors: {} };
  return html`<section class="pb-section pb-card" aria-labelledby="saved-filters-heading">
<h2 class="utrecht-heading-3" id="saved-filters-heading">${ctx.msg('desk:filters.heading')}</h2>
${
  saved.length
    ? html`<ul class="utrecht-unordered-list pb-saved-filters">${saved.map(
        (s) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/behandelen${query(s.filters as Record<string, string>)}">${s.name}</a> <span class="pb-hint">(${filterSummary(ctx, s.filters)})</span>
<form method="post" action="/behandelen/filters/${s.id}/verwijderen" class="pb-inline-form">${csrfField(ctx)}<button type="submit" class="utrecht-button utrecht-button--secondary-action pb-button-small" aria-label="${ctx.msg('desk:filters.deleteNamed', { name: s.name })}">${ctx.msg('desk:filters.delete')}</button></form></li>`,
      )}</ul>`
    : html`<p class="utrecht-paragraph">${ctx.msg('desk:filters.none')}</p>`
}
<form method="post" action="/behandelen/filters" novalidate>
${csrfField(ctx)}
${SAVED_FILTER_FIELDS.filter((k) => values[k]).map((k) => html`<input type="hidden" name="${k}" value="${values[k]}">`)}
${textField(ctx, form, { name: 'filterName', label: ctx.msg('desk:filters.name'), hint: ctx.msg('desk:filters.nameHint'), width: 'md' })}
<div class="pb-actions">${submitButton(ctx.msg('desk:filters.save'), 'secondary')}</div>
</form>
</section>`;
}

/** The first cell of a queue row: the checkbox that selects the report for bulk assign. */
export function selectCell(ctx: PageContext, reference: string, form: FormState | undefined): SafeHtml {
  const id = fieldId(`report-${reference}`);
  const error = form?.errors[`report-${reference}`];
  const checked = (form?.values.references ?? '').split(' ').includes(reference);
  return html`<input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" form="bulk-assign" id="${id}" name="references" value="${reference}"${raw(checked ? ' checked' : '')}${raw(error ? ` aria-invalid="true" aria-describedby="${id}-error"` : '')}><label class="pb-visually-hidden" for="${id}">${ctx.msg('desk:assign.select', { reference })}</label>${error ? html`<span class="pb-overdue" id="${id}-error">${error}</span>` : ''}`;
}

/**
 * The bulk assign form under the queue: the rows' checkboxes belong to it (the `form` attribute, so
 * the table stays outside any form and the filter form is not nested), a handler, one button.
 */
export function bulkAssignForm(ctx: PageContext, values: Record<string, string>, form: FormState | undefined): SafeHtml {
  const state = form ?? { values: {}, errors: {} };
  return html`<form method="post" action="/behandelen/toewijzen" id="bulk-assign" class="pb-section pb-card" novalidate aria-labelledby="bulk-assign-heading">
<h2 class="utrecht-heading-3" id="bulk-assign-heading">${ctx.msg('desk:assign.heading')}</h2>
${csrfField(ctx)}
${SAVED_FILTER_FIELDS.filter((k) => values[k]).map((k) => html`<input type="hidden" name="${k}" value="${values[k]}">`)}
${values.page ? html`<input type="hidden" name="page" value="${values.page}">` : ''}
<p class="utrecht-paragraph" id="${fieldId('references')}">${ctx.msg('desk:assign.how')}</p>
${state.errors.references ? html`<p class="utrecht-form-field-error-message">${state.errors.references}</p>` : ''}
${textField(ctx, state, { name: 'handler', label: ctx.msg('desk:assign.handler'), hint: ctx.msg('desk:assign.handlerHint', { id: ctx.principal?.id ?? '' }), width: 'md' })}
<div class="pb-actions">${submitButton(ctx.msg('desk:assign.submit'))}</div>
</form>`;
}
