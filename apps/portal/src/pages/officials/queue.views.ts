import type { QueueResponse } from '../../clients/loket.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, emptyForm, errorSummary, formatDate, selectField, submitButton, table, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, query, SafeHtml } from '../../web/html';
import { departmentOptions, label, options, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { bulkAssignForm, DeskQueueData, deskLinks, deskNotice, savedFiltersPanel, selectCell } from './desk.views';

export interface QueueViewData {
  /** The filters as asked (also the values the filter form shows again). */
  values: Record<string, string>;
  page: number;
  themes: ThemeOption[];
  /** The loket's page of reports; undefined when the loket did not answer. */
  result?: QueueResponse;
  unavailable?: 'timeout' | 'down' | 'error';
  /** A report just triaged to another ministry, and which one. */
  handedOn?: string;
  to?: string;
  /** The desk's parts (issue 10 item 8): saved filters, bulk assign, their notices. */
  desk?: DeskQueueData;
}

/** Journey 3: the officials' work queue, ordered by deadline, with filters (a GET form: shareable, no JS). */
export function renderQueue(ctx: PageContext, { values, page, themes, result, unavailable, handedOn, to, desk = {} }: QueueViewData): SafeHtml {
  const title = ctx.msg('officials:queue.workQueue');
  const banner = handedOn
    ? alert(
        'ok',
        html`<p class="utrecht-paragraph">${to ? ctx.msg('officials:queue.handedOnTo', { reference: handedOn, department: to }) : ctx.msg('officials:queue.handedOnElsewhere', { reference: handedOn })}</p>`,
      )
    : '';
  const form = emptyForm(values);
  const filters = html`<form method="get" action="/behandelen" class="pb-section" aria-label="${ctx.msg('officials:queue.filters')}">
<div class="pb-filters">
${selectField(ctx, form, { name: 'status', label: ctx.msg('officials:queue.status'), placeholder: ctx.msg('officials:queue.all'), options: options(ctx, 'status') })}
${selectField(ctx, form, { name: 'theme', label: ctx.msg('officials:queue.theme'), placeholder: ctx.msg('officials:queue.all'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })}
${selectField(ctx, form, { name: 'technology', label: ctx.msg('officials:queue.technology'), placeholder: ctx.msg('officials:queue.all'), options: options(ctx, 'technology') })}
${selectField(ctx, form, { name: 'department', label: ctx.msg('officials:queue.ministry'), placeholder: ctx.msg('officials:queue.all'), options: departmentOptions(ctx, values.department) })}
${textField(ctx, form, { name: 'group', label: ctx.msg('routing:page.handlerGroup') })}
${textField(ctx, form, { name: 'regulation', label: ctx.msg('officials:queue.regulation') })}
${selectField(ctx, form, { name: 'overdue', label: ctx.msg('officials:queue.deadline'), placeholder: ctx.msg('officials:queue.all'), options: [{ value: 'true', label: ctx.msg('officials:queue.overdueOnly') }] })}
${selectField(ctx, form, { name: 'mine', label: ctx.msg('desk:queue.handler'), placeholder: ctx.msg('officials:queue.all'), options: [{ value: 'true', label: ctx.msg('desk:queue.onlyMine') }] })}
${textField(ctx, form, { name: 'q', label: ctx.msg('officials:queue.search'), type: 'search' })}
</div>
<div class="pb-actions">${submitButton(ctx.msg('officials:queue.filter'), 'secondary')} <a class="utrecht-link" href="/behandelen">${ctx.msg('officials:queue.clearFilters')}</a></div>
</form>`;
  // The desk's refusals (a filter that could not be saved, reports that could not be assigned) in one summary.
  const problems = { values: {}, errors: { ...desk.saveForm?.errors, ...desk.assignForm?.errors } };
  if (!result) return layout(ctx, { title, section: 'queue', body: html`${heading1(title)}${deskLinks(ctx, values)}${unavailableMessage(ctx, unavailable ?? 'error')}${filters}` });
  const q = result;
  const pages = Math.max(1, Math.ceil(q.total / (q.pageSize || 20)));
  return layout(ctx, {
    title,
    section: 'queue',
    body: html`${heading1(title)}
${deskLinks(ctx, values)}
${errorSummary(ctx, problems)}
${banner}
${deskNotice(ctx, desk)}
<p class="utrecht-paragraph">${ctx.msg('officials:queue.reportCount', { count: q.total })}${q.overdueCount ? html`, <span class="pb-overdue">${q.overdueCount} ${ctx.msg('officials:queue.overdue')}</span>` : ''}.</p>
${filters}
${savedFiltersPanel(ctx, values, desk)}
${table(
  ctx.msg('officials:queue.reportsNearestDeadlineFirst'),
  [ctx.msg('desk:assign.selectColumn'), ctx.msg('officials:queue.reference'), ctx.msg('officials:queue.title'), ctx.msg('officials:queue.status'), ctx.msg('officials:queue.theme'), ctx.msg('officials:queue.ministry'), ctx.msg('officials:queue.deadline')],
  q.items.map((r) => [
    selectCell(ctx, r.reference, desk.assignForm),
    html`<a class="utrecht-link" href="/behandelen/${r.reference}">${r.reference}</a>`,
    r.title ?? '',
    label(ctx, 'status', r.status),
    themeLabel(themes, r.theme),
    // The handler group a routing rule gave the report, beside its ministry (issue 10 item 2).
    r.department ? (r.handlerGroup ? ctx.msg('routing:text.targetWithGroup', { department: r.department, group: r.handlerGroup }) : r.department) : '—',
    html`${formatDate(ctx, r.status === 'received' ? r.deadlines?.triageBy : r.deadlines?.answerBy)}${r.overdue ? html` <span class="pb-overdue">(${ctx.msg('officials:queue.overdue')})</span>` : ''}`,
  ]),
)}
${q.items.length ? bulkAssignForm(ctx, { ...values, ...(page > 1 ? { page: String(page) } : {}) }, desk.assignForm) : ''}
${
  pages > 1
    ? html`<nav aria-label="${ctx.msg('officials:queue.pagination')}" class="pb-actions">${page > 1 ? html`<a class="utrecht-link" href="/behandelen${query({ ...values, page: page - 1 })}">${ctx.msg('officials:queue.previous')}</a>` : ''} <span>${ctx.msg('officials:queue.page')} ${page} / ${pages}</span> ${page < pages ? html`<a class="utrecht-link" href="/behandelen${query({ ...values, page: page + 1 })}">${ctx.msg('officials:queue.next')}</a>` : ''}</nav>`
    : ''
}`,
  });
}
