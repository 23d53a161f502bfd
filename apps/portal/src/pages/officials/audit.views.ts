import type { AuditPage } from '../../clients/loket.types';
import { formatDate, table } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { isReportReference } from '../../web/forms';
import { html, query, SafeHtml } from '../../web/html';
import { AUDIT_ACTION_LABELS, label, OUTCOME_LABELS, PRIORITY_LABELS, STAFF_ROLE_LABELS, STATUS_LABELS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

export const AUDIT_PAGE_SIZE = 50;

/** The details as the loket records them (codes and references only), in words. */
export function describeDetails(ctx: PageContext, d: Record<string, string>): SafeHtml | string {
  const t = ctx.t;
  const parts: (SafeHtml | string)[] = [];
  if (d.department) parts.push(`${t('Ministerie', 'Ministry')}: ${d.department}`);
  if (d.theme) parts.push(`${t('Thema', 'Theme')}: ${d.theme}`);
  if (d.priority) parts.push(`${t('Prioriteit', 'Priority')}: ${label(PRIORITY_LABELS, d.priority, ctx.lang)}`);
  if (d.status) parts.push(`${t('Naar', 'To')}: ${label(STATUS_LABELS, d.status, ctx.lang)}`);
  if (d.outcome) parts.push(`${t('Uitkomst', 'Outcome')}: ${label(OUTCOME_LABELS, d.outcome, ctx.lang)}`);
  if (isReportReference(d.originalReference)) {
    parts.push(html`${t('Oorspronkelijke melding', 'Original report')}: <a class="utrecht-link" href="/behandelen/${d.originalReference}">${d.originalReference}</a>`);
  }
  return parts.length ? html`${parts.map((p, i) => html`${i ? '; ' : ''}${p}`)}` : '—';
}

/**
 * The audit log of one report, for administrators: who (role and pseudonymous id) read the
 * reporter's contact details or acted on the report, and when.
 */
export function renderAuditLog(ctx: PageContext, reference: string, page: number, a: AuditPage | undefined, unavailable?: 'timeout' | 'down' | 'error'): SafeHtml {
  const t = ctx.t;
  const title = `${t('Auditlog van melding', 'Audit log of report')} ${reference}`;
  const back = html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/behandelen/${reference}">${t('Terug naar de melding', 'Back to the report')}</a></p>`;
  if (!a) return layout(ctx, { title, section: 'queue', body: html`${back}${heading1(title)}${unavailableMessage(ctx, unavailable ?? 'error')}` });
  const pages = Math.max(1, Math.ceil(a.total / (a.pageSize || AUDIT_PAGE_SIZE)));
  return layout(ctx, {
    title,
    section: 'queue',
    body: html`${back}
${heading1(title)}
<p class="utrecht-paragraph">${t(
      'Elke inzage van de contactgegevens van de melder en elke handeling op deze melding, met wie (rol en pseudoniem) en wanneer. De inhoud van berichten en gegevens van de melder staan hier niet in.',
      'Every view of the reporter’s contact details and every action on this report, with who (role and pseudonym) and when. The content of messages and the reporter’s details are not recorded here.',
    )}</p>
<p class="utrecht-paragraph">${a.total} ${t('regels', 'entries')}.</p>
${
  a.items.length
    ? table(
        t('Auditlog, oudste eerst', 'Audit log, oldest first'),
        [t('Wanneer', 'When'), t('Wie', 'Who'), t('Handeling', 'Action'), t('Gegevens', 'Details')],
        a.items.map((i) => [formatDate(ctx, i.at, true), `${label(STAFF_ROLE_LABELS, i.actor.role, ctx.lang)} ${i.actor.id}`, label(AUDIT_ACTION_LABELS, i.action, ctx.lang), describeDetails(ctx, i.details ?? {})]),
      )
    : html`<p class="utrecht-paragraph">${t('Nog niets vastgelegd.', 'Nothing recorded yet.')}</p>`
}
${
  pages > 1
    ? html`<nav aria-label="${t('Paginering', 'Pagination')}" class="pb-actions">${page > 1 ? html`<a class="utrecht-link" href="/behandelen/${reference}/auditlog${query({ page: page - 1 })}">${t('Vorige', 'Previous')}</a>` : ''} <span>${t('Pagina', 'Page')} ${page} / ${pages}</span> ${page < pages ? html`<a class="utrecht-link" href="/behandelen/${reference}/auditlog${query({ page: page + 1 })}">${t('Volgende', 'Next')}</a>` : ''}</nav>`
    : ''
}`,
  });
}
