import { chartFigureHtml } from './chart-html';
import { formatValue, renderChart } from './chart';

describe('server-side charts', () => {
  const spec = {
    kind: 'line' as const,
    title: 'Meldingen per maand',
    description: 'Het aantal meldingen steeg van 3 in januari naar 7 in februari en daalde naar 5 in maart.',
    categoryLabel: 'Maand',
    categories: ['jan', 'feb', 'mrt'],
    series: [
      { name: 'Meldingen', values: [3, 7, 5] },
      { name: 'Doel', values: [4, 4, null], role: 'target' as const },
    ],
  };

  it('renders an SVG that names itself for assistive technology and shrinks with the screen', () => {
    const chart = renderChart(spec, 'nl');
    expect(chart.svg.startsWith('<svg width="640" height="320" class="pb-chart__svg" role="img" aria-labelledby="')).toBe(true);
    expect(chart.svg).toContain('class="pb-chart__svg"');
    // A strict CSP (style-src 'self') blocks inline styles: none may be left.
    expect(chart.svg).not.toMatch(/style=|<style/);
    expect(chart.svg).toContain('font-family="sans-serif"');
    expect(chart.svg).toMatch(/<title id="chart-[a-z0-9]+-title">Meldingen per maand<\/title><desc id="chart-[a-z0-9]+-desc">Het aantal meldingen steeg/);
    // The target is drawn as a dashed line in its own colour, the data as a solid line.
    expect(chart.svg).toMatch(/stroke="#a90061"[^>]*stroke-dasharray/);
    expect(chart.svg).toContain('stroke="#154273"');
    expect(chart.svg).not.toContain('<script');
  });

  it('gives the same figures as a table, in the reader’s number format', () => {
    expect(renderChart({ ...spec, unit: '%', series: [{ name: 'Aandeel', values: [52.5, 61, null] }] }, 'nl').table).toEqual({
      caption: 'Meldingen per maand',
      columns: ['Maand', 'Aandeel'],
      rows: [
        ['jan', '52,5%'],
        ['feb', '61%'],
        ['mrt', '–'],
      ],
    });
    expect(formatValue(1234.56, 'en', 'reports')).toBe('1,234.6 reports');
    expect(formatValue(1234.56, 'nl')).toBe('1.234,6');
  });

  it('escapes what it is given, in the SVG and in the figure', () => {
    const chart = renderChart({ ...spec, title: 'A <b> & "c"', categories: ['<x>', 'y', 'z'] }, 'en');
    expect(chart.svg).toContain('<title id="');
    expect(chart.svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(chart.svg).toContain('&lt;x&gt;');
    expect(chart.svg).not.toContain('<x>');
    const html = chartFigureHtml(chart, { table: 'Show the data' });
    expect(html).toContain('<th class="utrecht-table__header-cell" scope="row">&lt;x&gt;</th>');
    expect(html).toContain('<caption class="utrecht-table__caption">A &lt;b&gt; &amp; &quot;c&quot;</caption>');
    expect(html).toContain('<summary>Show the data</summary>');
    expect(html).not.toContain('<b>');
  });

  it('draws the same spec once, and a changed figure or language anew', () => {
    const first = renderChart(spec, 'nl');
    expect(renderChart({ ...spec }, 'nl')).toBe(first);
    const changed = renderChart({ ...spec, series: [{ ...spec.series[0], values: spec.series[0].values.map((v) => (v ?? 0) + 1) }, ...spec.series.slice(1)] }, 'nl');
    expect(changed).not.toBe(first);
    expect(changed.table.rows).not.toEqual(first.table.rows);
    expect(renderChart(spec, 'en')).not.toBe(first);
  });
});
