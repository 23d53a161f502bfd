import type { AuditPage } from '../../clients/loket.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { formatDate, table } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { isReportReference } from '../../web/forms';
import { html, query, SafeHtml } from '../../web/html';
import { label, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

export const AUDIT_PAGE_SIZE = 50;

/** The details as the loket records them (codes and references only), in words. */
export function describeDetails(ctx: PageContext, d: Record<string, string>, themes: readonly ThemeOption[] = []): SafeHtml | string {
  const parts: (SafeHtml | string)[] = [];
  // A routing rule at intake (issue 10 item 2): the rule by its position then, before where it sent the report.
  if (d.rulePosition) parts.push(ctx.msg('routing:audit.rule', { position: d.rulePosition }));
  if (d.department) parts.push(`${ctx.msg('officials:audit.ministry')}: ${label(ctx, 'department', d.department)}`);
  if (d.theme) parts.push(`${ctx.msg('officials:audit.theme')}: ${themeLabel(themes, d.theme)}`);
  if (d.priority) parts.push(`${ctx.msg('officials:audit.priority')}: ${label(ctx, 'priority', d.priority)}`);
  if (d.status) parts.push(`${ctx.msg('officials:audit.to')}: ${label(ctx, 'status', d.status)}`);
  if (d.handlerGroup) parts.push(`${ctx.msg('routing:page.handlerGroup')}: ${d.handlerGroup}`);
  if (d.outcome) parts.push(`${ctx.msg('officials:audit.outcome')}: ${label(ctx, 'outcome', d.outcome)}`);
  // A split (issue 10 item 6): the parts' departments on the original, the original on a part.
  if (d.departments) parts.push(`${ctx.msg('split:audit.departments')}: ${d.departments.split(',').map((code) => label(ctx, 'department', code)).join(', ')}`);
  // References as text: the audit log cannot tell whether the reader may open the other report.
  if (isReportReference(d.original)) parts.push(`${ctx.msg('split:audit.original')}: ${d.original}`);
  if (d.reason === 'parts-ended') parts.push(`${ctx.msg('split:audit.reason')}: ${ctx.msg('split:audit.partsEnded')}`);
  if (isReportReference(d.originalReference)) parts.push(`${ctx.msg('officials:audit.originalReport')}: ${d.originalReference}`);
  return parts.length ? html`${parts.map((p, i) => html`${i ? '; ' : ''}${p}`)}` : '—';
}

/** What was done, in words; a routing at intake is the routing rules' own text. */
function actionLabel(ctx: PageContext, action: string): string {
  return action === 'routing' ? ctx.msg('routing:audit.routed') : label(ctx, 'auditAction', action);
}

/**
 * The audit log of one report, for administrators: who (role and pseudonymous id) read the
 * reporter's contact details or acted on the report, and when.
 */
export function renderAuditLog(ctx: PageContext, reference: string, page: number, a: AuditPage | undefined, unavailable?: 'timeout' | 'down' | 'error', themes: readonly ThemeOption[] = []): SafeHtml {
  const title = `${ctx.msg('officials:audit.auditLogOfReport')} ${reference}`;
  const back = html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/behandelen/${reference}">${ctx.msg('officials:audit.backToTheReport')}</a></p>`;
  if (!a) return layout(ctx, { title, section: 'queue', body: html`${back}${heading1(title)}${unavailableMessage(ctx, unavailable ?? 'error')}` });
  const pages = Math.max(1, Math.ceil(a.total / (a.pageSize || AUDIT_PAGE_SIZE)));
  return layout(ctx, {
    title,
    section: 'queue',
    body: html`${back}
${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg('officials:audit.everyViewOfTheReporterS')}</p>
<p class="utrecht-paragraph">${ctx.msg('officials:audit.entryCount', { count: a.total })}.</p>
${
  a.items.length
    ? table(
        ctx.msg('officials:audit.auditLogOldestFirst'),
        [ctx.msg('officials:audit.when'), ctx.msg('officials:audit.who'), ctx.msg('officials:audit.action'), ctx.msg('officials:audit.details')],
        a.items.map((i) => [formatDate(ctx, i.at, true), `${label(ctx, 'actorRole', i.actor.role)} ${i.actor.id}`, actionLabel(ctx, i.action), describeDetails(ctx, i.details ?? {}, themes)]),
      )
    : html`<p class="utrecht-paragraph">${ctx.msg('officials:audit.nothingRecordedYet')}</p>`
}
${
  pages > 1
    ? html`<nav aria-label="${ctx.msg('officials:audit.pagination')}" class="pb-actions">${page > 1 ? html`<a class="utrecht-link" href="/behandelen/${reference}/auditlog${query({ page: page - 1 })}">${ctx.msg('officials:audit.previous')}</a>` : ''} <span>${ctx.msg('officials:audit.page')} ${page} / ${pages}</span> ${page < pages ? html`<a class="utrecht-link" href="/behandelen/${reference}/auditlog${query({ page: page + 1 })}">${ctx.msg('officials:audit.next')}</a>` : ''}</nav>`
    : ''
}`,
  });
}
