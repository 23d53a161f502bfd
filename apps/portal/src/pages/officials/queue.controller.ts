import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceClient } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { alert, emptyForm, formatDate, selectField, submitButton, table, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, query } from '../../web/html';
import { DEPARTMENTS, label, options, STATUS_LABELS, TECHNOLOGY_LABELS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { Page, PageContext } from '../../web/page-context';
import { Roles } from '../../web/roles.guard';
import type { ReportView } from '../../clients/loket.types';

interface QueueResponse {
  items: ReportView[];
  total: number;
  page: number;
  pageSize: number;
  overdueCount?: number;
}

const FILTERS = ['status', 'theme', 'technology', 'department', 'regulation', 'overdue', 'q'] as const;

/** Journey 3: the officials' work queue, ordered by deadline, with filters (a GET form: shareable, no JS). */
@Roles('official', 'intake')
@Controller('behandelen')
export class QueueController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  @Get()
  async queue(@Page() ctx: PageContext, @Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    const values: Record<string, string> = {};
    for (const f of FILTERS) if (typeof raw[f] === 'string' && raw[f]) values[f] = (raw[f] as string).slice(0, 200);
    const page = Math.max(1, Number.parseInt(String(raw.page ?? '1'), 10) || 1);
    const [result, themes] = await Promise.all([
      this.services.call<QueueResponse>('loket', `/api/loket/reports${query({ ...values, page, pageSize: 20 })}`, { lang: ctx.lang, token: ctx.accessToken }),
      this.themes.list(ctx.lang),
    ]);
    const title = t('Werkvoorraad', 'Work queue');
    const handedOn = typeof raw.overgedragen === 'string' && /^LKT-\d{4}-\d{6}$/.test(raw.overgedragen) ? raw.overgedragen : undefined;
    const to = typeof raw.aan === 'string' && (DEPARTMENTS as readonly string[]).includes(raw.aan) ? raw.aan : undefined;
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
    if (!result.ok) {
      res.status(503).type('html').send(layout(ctx, { title, section: 'queue', body: html`${heading1(title)}${unavailableMessage(ctx, result.unavailable ?? 'error')}${filters}` }).value);
      return;
    }
    const q = result.data;
    const pages = Math.max(1, Math.ceil(q.total / (q.pageSize || 20)));
    res.type('html').send(
      layout(ctx, {
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
    r.theme ?? '—',
    r.department ?? '—',
    html`${formatDate(ctx, r.status === 'received' ? r.deadlines?.triageBy : r.deadlines?.answerBy)}${r.overdue ? html` <span class="pb-overdue">(${t('te laat', 'overdue')})</span>` : ''}`,
  ]),
)}
${
  pages > 1
    ? html`<nav aria-label="${t('Paginering', 'Pagination')}" class="pb-actions">${page > 1 ? html`<a class="utrecht-link" href="/behandelen${query({ ...values, page: page - 1 })}">${t('Vorige', 'Previous')}</a>` : ''} <span>${t('Pagina', 'Page')} ${page} / ${pages}</span> ${page < pages ? html`<a class="utrecht-link" href="/behandelen${query({ ...values, page: page + 1 })}">${t('Volgende', 'Next')}</a>` : ''}</nav>`
    : ''
}`,
      }).value,
    );
  }
}
