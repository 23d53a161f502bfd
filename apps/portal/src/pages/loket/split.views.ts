import type { ReportView } from '../../clients/loket.types';
import { alert, dataList, formatDate } from '../../web/components';
import { html, SafeHtml } from '../../web/html';
import { label } from '../../web/labels';
import type { PageContext } from '../../web/page-context';

/**
 * A split report on the reporter's one page (issue 10 item 6): every part with its department,
 * status, deadline, answer and the ministry's messages. A part opened by its own mailed link names
 * its original.
 */
export function reporterSplitSection(ctx: PageContext, report: ReportView): SafeHtml {
  const partOf = report.partOf ? html`<p class="utrecht-paragraph" id="part-of">${ctx.msg('split:reporter.partOf', { reference: report.partOf.reference })}</p>` : html``;
  if (!report.parts?.length) return partOf;
  return html`${partOf}<section class="pb-section" aria-labelledby="parts-title"><h2 class="utrecht-heading-2" id="parts-title">${ctx.msg('split:reporter.heading')}</h2>
<p class="utrecht-paragraph">${ctx.msg('split:reporter.intro')}</p>
${report.parts.map(
  (p) => html`<article class="pb-split-part" id="part-${p.reference}" aria-labelledby="part-${p.reference}-title">
<h3 class="utrecht-heading-3" id="part-${p.reference}-title">${ctx.msg('split:reporter.part', { reference: p.reference, department: label(ctx, 'department', p.department) })}</h3>
${dataList([
  [ctx.msg('split:reporter.status'), html`<span class="pb-status">${label(ctx, 'reporterStatus', p.status)}</span>`],
  [ctx.msg('split:reporter.answerBy'), formatDate(ctx, p.answerBy)],
])}
${p.outcome ? alert('info', html`<p class="utrecht-paragraph"><strong>${ctx.msg('split:reporter.outcome')}: ${label(ctx, 'outcome', p.outcome.outcome)}</strong></p>${p.outcome.explanation ? html`<p class="utrecht-paragraph">${p.outcome.explanation}</p>` : ''}`) : ''}
${
  p.messages.length
    ? html`<h4 class="utrecht-heading-4">${ctx.msg('split:reporter.messages')}</h4>${p.messages.map((m) => html`<div class="pb-message"><p class="utrecht-paragraph"><strong>${m.from === 'reporter' ? ctx.msg('loket:report.you') : ctx.msg('loket:report.official')}</strong> — ${formatDate(ctx, m.at, true)}</p><p class="utrecht-paragraph">${m.body}</p></div>`)}`
    : ''
}
</article>`,
)}
</section>`;
}
