import { chartFigureHtml, renderChart } from '@pb/charts';
import type { QuestionResult } from '../clients/reading-room.types';
import { html, raw, SafeHtml } from './html';
import type { PageContext } from './page-context';

/**
 * Results per question (issue 11 item 6) as a bar chart per choice or scale question, rendered on
 * the server to SVG with its data table (libs/charts): no JavaScript, the table is the accessible
 * equivalent. Free-text questions show how many answered them. Used by the coordinator's reading
 * room and, once the consultation closed, by the public proposal page and its report.
 */
export function questionResults(ctx: PageContext, results: readonly QuestionResult[], headingLevel: 2 | 3 = 2): SafeHtml {
  const m = ctx.msg;
  const heading = (text: string) => (headingLevel === 2 ? html`<h3 class="utrecht-heading-3">${text}</h3>` : html`<h4 class="utrecht-heading-4">${text}</h4>`);
  return html`${results.map((r) => {
    if (r.kind === 'text') return html`${heading(r.text)}<p class="utrecht-paragraph">${m('reading-room:results.answered', { count: r.answered })}</p>`;
    const chart = renderChart(
      {
        kind: 'bar',
        title: r.text,
        description: m('reading-room:results.description', { question: r.text, total: r.answered, summary: r.counts.map((c) => `${c.label}: ${c.count}`).join(', ') }),
        categoryLabel: r.kind === 'scale' ? m('reading-room:results.scaleValue') : m('reading-room:results.option'),
        categories: r.counts.map((c) => c.label),
        series: [{ name: m('reading-room:results.responses'), values: r.counts.map((c) => c.count) }],
        height: 240,
      },
      ctx.lang,
    );
    return html`${heading(r.text)}<p class="utrecht-paragraph">${m('reading-room:results.answered', { count: r.answered })}</p>${raw(chartFigureHtml(chart, { table: m('reading-room:results.table') }))}`;
  })}`;
}
