import type { RenderedChart } from './chart';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A chart as an HTML figure: the SVG, the text alternative as its caption, and the data table in a
 * disclosure (open by default where no CSS hides it, readable without JavaScript). The table sits in
 * a scroll region with a name, so a wide table never widens the page.
 */
export function chartFigureHtml(chart: RenderedChart, labels: { table: string }): string {
  // NL Design System (Utrecht) table classes: the portal styles them, a standalone page ignores them.
  const head = chart.table.columns.map((c, i) => `<th class="utrecht-table__header-cell${i ? ' utrecht-table__header-cell--numeric' : ''}" scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = chart.table.rows
    .map(
      (r) =>
        `<tr class="utrecht-table__row">${r
          .map((cell, i) => (i === 0 ? `<th class="utrecht-table__header-cell" scope="row">${escapeHtml(cell)}</th>` : `<td class="utrecht-table__cell utrecht-table__cell--numeric">${escapeHtml(cell)}</td>`))
          .join('')}</tr>`,
    )
    .join('');
  return (
    `<figure class="pb-chart">${chart.svg}` +
    `<figcaption>${escapeHtml(chart.description)}</figcaption>` +
    `<details class="pb-chart__data"><summary>${escapeHtml(labels.table)}</summary>` +
    `<div class="pb-table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(chart.table.caption)}">` +
    `<table class="utrecht-table utrecht-table--html-table"><caption class="utrecht-table__caption">${escapeHtml(chart.table.caption)}</caption>` +
    `<thead class="utrecht-table__header"><tr class="utrecht-table__row">${head}</tr></thead><tbody class="utrecht-table__body">${rows}</tbody></table>` +
    `</div></details></figure>`
  );
}
