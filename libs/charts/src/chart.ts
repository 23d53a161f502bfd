import * as echarts from 'echarts';

/** One line or bar series; `target` draws it as a dashed reference line (a strategy's target). */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  role?: 'data' | 'target';
}

/**
 * What to draw, in the reader's language already: the chart says nothing a caller did not give it,
 * so the same data renders the same way on a page, in the review's HTML and in its PDF.
 */
export interface ChartSpec {
  kind: 'line' | 'bar';
  /** Heading of the figure and caption of its data table. */
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two (the reader who cannot see it). */
  description: string;
  /** Label of the first column of the data table (what the categories are: "Maand", "Thema" …). */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  /** Shown after values in the table and on the axis ("%", "meldingen"). */
  unit?: string;
  width?: number;
  height?: number;
}

export interface RenderedChart {
  title: string;
  description: string;
  /** A standalone SVG document with role="img" and its name; scales down with its container. */
  svg: string;
  /** The same figures as a table: header row, then one row per category. */
  table: { caption: string; columns: string[]; rows: string[][] };
}

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11), from the Rijkshuisstijl palette:
 * dark blue, dark green, violet, brown; the target line is dark red and dashed, so it is told apart
 * by its pattern as well as its colour.
 */
const DATA_COLOURS = ['#154273', '#39870c', '#42145f', '#94710a', '#007bc7', '#ca005d'];
const TARGET_COLOUR = '#a90061';
const TEXT_COLOUR = '#1c1c1c';

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// One formatter per language: making an Intl.NumberFormat costs far more than using one.
const NUMBER_FORMATS = { nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }) };

/** How a number reads in the table: Dutch decimal comma where the page is Dutch. */
export function formatValue(value: number | null, locale: 'nl' | 'en', unit?: string): string {
  if (value === null) return '–';
  const text = NUMBER_FORMATS[locale].format(value);
  return unit ? `${text}${unit === '%' ? '%' : ` ${unit}`}` : text;
}

/**
 * Renders a chart to SVG on the server with Apache ECharts (its server-side SVG renderer: no DOM,
 * no browser, no JavaScript on the page), and gives its data as a table beside it. The SVG carries
 * its own name (`role="img"`, `<title>`, `<desc>`); the table is the accessible equivalent.
 */
export function renderChart(spec: ChartSpec, locale: 'nl' | 'en'): RenderedChart {
  // The same figures draw the same chart: ECharts takes 3–10 ms a chart, and the monitor page draws
  // dozens of them from figures that change only when an event arrives (135 ms a page; issue 14).
  // Kept by the whole spec, so a changed figure is a new chart; the oldest go first.
  const key = `${locale}\u0000${JSON.stringify(spec)}`;
  const known = RENDERED.get(key);
  if (known) {
    RENDERED.delete(key);
    RENDERED.set(key, known);
    return known;
  }
  const chart = draw(spec, locale);
  RENDERED.set(key, chart);
  if (RENDERED.size > MAX_RENDERED) RENDERED.delete(RENDERED.keys().next().value!);
  return chart;
}

/** Charts drawn lately, most recently used last; a few hundred, each some tens of KiB of SVG. */
const RENDERED = new Map<string, RenderedChart>();
const MAX_RENDERED = 300;

function draw(spec: ChartSpec, locale: 'nl' | 'en'): RenderedChart {
  const width = spec.width ?? 640;
  const height = spec.height ?? 320;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: locale === 'nl' ? 'NL' : 'EN' });
  let colour = 0;
  try {
    chart.setOption({
      animation: false,
      textStyle: { color: TEXT_COLOUR, fontFamily: 'sans-serif', fontSize: 13 },
      grid: { left: 56, right: 24, top: 24, bottom: spec.series.length > 1 ? 64 : 40, containLabel: true },
      legend: spec.series.length > 1 ? { bottom: 0, textStyle: { color: TEXT_COLOUR } } : undefined,
      xAxis: { type: 'category', data: spec.categories, axisLabel: { color: TEXT_COLOUR, hideOverlap: true }, axisLine: { lineStyle: { color: TEXT_COLOUR } } },
      yAxis: { type: 'value', name: spec.unit, nameTextStyle: { color: TEXT_COLOUR }, axisLabel: { color: TEXT_COLOUR }, splitLine: { lineStyle: { color: '#cccccc' } } },
      series: spec.series.map((s) => {
        const target = s.role === 'target';
        const color = target ? TARGET_COLOUR : DATA_COLOURS[colour++ % DATA_COLOURS.length];
        return {
          name: s.name,
          type: target ? 'line' : spec.kind,
          data: s.values,
          color,
          symbol: target ? 'none' : 'circle',
          symbolSize: 7,
          // One or two categories would otherwise draw bars as wide as the chart: a block, not a bar.
          barMaxWidth: 48,
          connectNulls: false,
          lineStyle: { width: target ? 2 : 3, type: target ? 'dashed' : 'solid', color },
          itemStyle: { color },
        };
      }),
    });
    const raw = chart.renderToSVGString();
    return {
      title: spec.title,
      description: spec.description,
      svg: accessibleSvg(raw, spec, width, height),
      table: {
        caption: spec.title,
        columns: [spec.categoryLabel, ...spec.series.map((s) => s.name)],
        rows: spec.categories.map((category, i) => [category, ...spec.series.map((s) => formatValue(s.values[i] ?? null, locale, spec.unit))]),
      },
    };
  } finally {
    chart.dispose();
  }
}

/**
 * Names the SVG for assistive technology, lets it shrink with a narrow screen (WCAG 1.4.10), and
 * makes it pass a strict Content-Security-Policy (`style-src 'self'`): ECharts writes inline
 * `style` attributes and a `<style>` block of hover rules; the hover rules mean nothing without
 * script and are dropped, and each inline style becomes SVG presentation attributes, which CSP does
 * not govern. The size rule comes from the class (CHART_CSS).
 */
function accessibleSvg(raw: string, spec: ChartSpec, width: number, height: number): string {
  const id = `chart-${hash(spec.title + spec.categories.join() + spec.series.map((s) => s.name).join())}`;
  return raw
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_m, css: string) =>
      css
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d.includes(':'))
        .map((d) => {
          const at = d.indexOf(':');
          return ` ${d.slice(0, at).trim()}="${d.slice(at + 1).trim()}"`;
        })
        .join(''),
    )
    .replace(/^<svg width="\d+" height="\d+"/, `<svg width="${width}" height="${height}" class="pb-chart__svg" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false"`)
    .replace(/(<svg[^>]*>)/, `$1<title id="${id}-title">${escapeXml(spec.title)}</title><desc id="${id}-desc">${escapeXml(spec.description)}</desc>`);
}

/** The one style rule a chart needs, for the page's own stylesheet (inline styles would break CSP). */
export const CHART_CSS = '.pb-chart__svg{max-width:100%;height:auto}';

function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
