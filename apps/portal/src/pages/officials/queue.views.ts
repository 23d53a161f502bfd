import type { QueueResponse } from '../../clients/loket.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, emptyForm, formatDate, selectField, submitButton, table, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, query, SafeHtml } from '../../web/html';
import { DEPARTMENTS, label, options, STATUS_LABELS, TECHNOLOGY_LABELS, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

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
}

/** Journey 3: the officials' work queue, ordered by deadline, with filters (a GET form: shareable, no JS). */
export function renderQueue(ctx: PageContext, { values, page, themes, result, unavailable, handedOn, to }: QueueViewData): SafeHtml {
  const t = ctx.t;
  const title = t('Werkvoorraad', 'Work queue');
  const banner = handedOn
    ? alert(
        'ok',
        html`<p class="utrecht-paragraph">${t(`Melding ${handedOn} is beoordeeld en toegewezen aan ${to ?? 'een ander ministerie'}; u ziet hem niet meer in uw werkvoorraad.`, `Report ${handedOn} has been triaged and assigned to ${to ?? 'another ministry'}; it is no longer in your work queue.`)}</p>`,
      )
    : '';
  const form = emptyForm(values);
  const filters = html`<form method="get" action="/behandelen" class="pb-section" aria-label="${t('Filters', 'Filters')}">
<div class="pb-filters">
${selectField(ctx, form, { name: 'status', label: t('Status', 'Status'), placeholder: t('Alle', 'All'), options: options(STATUS_LABELS, ctx.lang) })}
${selectField(ctx, form, { name: 'theme', label: t('Thema', 'Theme'), placeholder: t('Alle', 'All'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })}
${selectField(ctx, form, { name: 'technology', label: t('Technologie', 'Technology'), placeholder: t('Alle', 'All'), options: options(TECHNOLOGY_LABELS, ctx.lang) })}
${selectField(ctx, form, { name: 'department', label: t('Ministerie', 'Ministry'), placeholder: t('Alle', 'All'), options: DEPARTMENTS.map((d) => ({ value: d, label: d })) })}
${textField(ctx, form, { name: 'regulation', label: t('Regelgeving', 'Regulation') })}
${selectField(ctx, form, { name: 'overdue', label: t('Termijn', 'Deadline'), placeholder: t('Alle', 'All'), options: [{ value: 'true', label: t('Alleen te laat', 'Overdue only') }] })}
${textField(ctx, form, { name: 'q', label: t('Zoeken', 'Search'), type: 'search' })}
</div>
<div class="pb-actions">${submitButton(t('Filteren', 'Filter'), 'secondary')} <a class="utrecht-link" href="/behandelen">${t('Filters wissen', 'Clear filters')}</a></div>
</form>`;
  if (!result) return layout(ctx, { title, section: 'queue', body: html`${heading1(title)}${unavailableMessage(ctx, unavailable ?? 'error')}${filters}` });
  const q = result;
  const pages = Math.max(1, Math.ceil(q.total / (q.pageSize || 20)));
  return layout(ctx, {
    title,
    section: 'queue',
    body: html`${heading1(title)}
${banner}
<p class="utrecht-paragraph">${q.total} ${t('meldingen', 'reports')}${q.overdueCount ? html`, <span class="pb-overdue">${q.overdueCount} ${t('te laat', 'overdue')}</span>` : ''}.</p>
${filters}
${table(
  t('Meldingen, de kortste termijn eerst', 'Reports, nearest deadline first'),
  [t('Referentie', 'Reference'), t('Titel', 'Title'), t('Status', 'Status'), t('Thema', 'Theme'), t('Ministerie', 'Ministry'), t('Termijn', 'Deadline')],
  q.items.map((r) => [
    html`<a class="utrecht-link" href="/behandelen/${r.reference}">${r.reference}</a>`,
    r.title ?? '',
    label(STATUS_LABELS, r.status, ctx.lang),
    themeLabel(themes, r.theme),
    r.department ?? '—',
    html`${formatDate(ctx, r.status === 'received' ? r.deadlines?.triageBy : r.deadlines?.answerBy)}${r.overdue ? html` <span class="pb-overdue">(${t('te laat', 'overdue')})</span>` : ''}`,
  ]),
)}
${
  pages > 1
    ? html`<nav aria-label="${t('Paginering', 'Pagination')}" class="pb-actions">${page > 1 ? html`<a class="utrecht-link" href="/behandelen${query({ ...values, page: page - 1 })}">${t('Vorige', 'Previous')}</a>` : ''} <span>${t('Pagina', 'Page')} ${page} / ${pages}</span> ${page < pages ? html`<a class="utrecht-link" href="/behandelen${query({ ...values, page: page + 1 })}">${t('Volgende', 'Next')}</a>` : ''}</nav>`
    : ''
}`,
  });
}
