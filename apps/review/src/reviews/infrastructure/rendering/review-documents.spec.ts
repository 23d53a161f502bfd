import type { ReviewContent, ThemeSection } from '../../domain/review-content';
import { reviewCharts } from './review-charts';
import { drillDownPage, renderReviewHtml } from './review-html.renderer';
import { renderReviewPdf } from './review-pdf.renderer';

// pdf-parse's index runs a self-test when it has no parent module (as under jest); its lib entry does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parse: (data: Uint8Array) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');
// Its pdf.js (1.10) misreads some valid PDFs handed over as a Node Buffer ("bad XRef entry") and
// reads the same bytes as a plain Uint8Array.
const pdfParse = (data: Buffer) => parse(new Uint8Array(data));

const api = (id: string) => `/api/review/years/2026/revisions/3/figures/${id}`;
const figure = (id: string, value: number | null) => ({ id, value, drillDown: api(id) });

function theme(code: string, title: string, n: { received: number; previous: number; responses: number; outcomes: [string, number][]; regulations: [string, number][] }): ThemeSection {
  const f = (key: string, value: number | null) => figure(`theme.${code}.${key}`, value);
  return {
    code,
    title,
    version: '2018.0',
    reports: { received: f('reports.received', n.received), receivedPreviousYear: f('reports.receivedPreviousYear', n.previous), change: n.received - n.previous, resolved: f('reports.resolved', 0), open: f('reports.open', 0), rejected: f('reports.rejected', 0), duplicates: f('reports.duplicates', 0), clusters: f('reports.clusters', 0), overdue: f('reports.overdue', 0) },
    handlingWorkingDays: { median: f('handling.median', null), p90: f('handling.p90', null) },
    outcomes: n.outcomes.map(([value, count]) => ({ value, figure: f(`outcome.${value}`, count) })),
    regulations: n.regulations.map(([value, count]) => ({ value, figure: f(`regulation.${value}`, count) })),
    technologies: [],
    sectors: [],
    consultations: { proposals: f('c.proposals', 0), proposalsPreviousYear: f('c.proposalsPrev', 0), responses: f('c.responses', n.responses), responsesPreviousYear: f('c.responsesPrev', 0), responsesFromOrganisations: f('c.org', 0), responsesFromIndividuals: f('c.ind', 0), respondents: f('c.respondents', 0), reports: f('c.reports', 0) },
    consultationReports: [],
    notableResponses: [],
    amendments: [],
  };
}

const totals = Object.fromEntries(['barrierReports', 'barrierReportsPreviousYear', 'resolvedBarrierReports', 'overdueBarrierReports', 'duplicateClusters', 'proposals', 'responses', 'respondents'].map((k) => [k, figure(`totals.${k}`, 1)]));
const review = {
  year: 2026,
  revision: 3,
  compiledAt: '2026-12-01T10:00:00Z',
  asOfPosition: 10,
  strategyVersion: '2018.0',
  totals,
  themes: [
    theme('1.1', 'Gezondheid', { received: 12, previous: 4, responses: 3, outcomes: [['regulation-change-proposed', 2], ['explained', 1]], regulations: [['BWBR0024282', 5], ['-', 1]] }),
    theme('2.3', 'Onderwijs', { received: 2, previous: 0, responses: 0, outcomes: [['explained', 4], ['new-outcome', 1]], regulations: [['BWBR0024282', 1]] }),
    theme('3.1', 'Stil', { received: 0, previous: 0, responses: 0, outcomes: [], regulations: [] }),
  ],
} as unknown as ReviewContent;

describe("the review's charts", () => {
  it('draws reports per theme against the year before, outcomes and regulations summed over the themes, and responses; their tables hold the figures', () => {
    const charts = reviewCharts(review, 'nl');
    expect(charts.map((c) => c.title)).toEqual(['Meldingen per thema, 2025 en 2026', 'Uitkomsten van de afgehandelde meldingen in 2026', 'Meest genoemde regelingen in 2026', 'Consultatiereacties per thema, 2025 en 2026']);
    const [themes, outcomes, regulations, responses] = charts;
    // A theme with nothing in either year is left out.
    expect(themes.table).toEqual({ caption: 'Meldingen per thema, 2025 en 2026', columns: ['Thema', '2025', '2026'], rows: [['1.1 Gezondheid', '4', '12'], ['2.3 Onderwijs', '0', '2']] });
    expect(themes.description).toBe("In 2026 kwamen 14 meldingen binnen onder 2 thema's (in 2025: 4). De meeste bij 1.1 Gezondheid: 12.");
    expect(outcomes.table.rows).toEqual([['uitleg gegeven, geen belemmering', '5'], ['wijziging van regelgeving voorgesteld', '2'], ['new-outcome', '1']]);
    expect(regulations.table.rows).toEqual([['Wwft', '6'], ['Onbekend / niet herkend', '1']]);
    expect(responses.table.rows).toEqual([['1.1 Gezondheid', '0', '3']]);
  });

  it('draws the year\'s reports per month first, when the review carries them, with month names in the language', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, reports: [0, 2, 5, 1][i] ?? 0 }));
    const [nl] = reviewCharts({ ...review, reportsPerMonth: months }, 'nl');
    expect(nl.title).toBe('Meldingen per maand in 2026');
    expect(nl.description).toBe('In 2026 kwamen 8 meldingen binnen. De meeste in maart: 5.');
    expect(nl.table.columns).toEqual(['Maand', 'Meldingen']);
    expect(nl.table.rows.slice(0, 4)).toEqual([['januari', '0'], ['februari', '2'], ['maart', '5'], ['april', '1']]);
    expect(nl.table.rows).toHaveLength(12);
    const [en] = reviewCharts({ ...review, reportsPerMonth: months }, 'en');
    expect(en.description).toBe('In 2026, 8 reports came in. Most in March: 5.');
    // A year without reports, or a revision compiled before the months were kept, has no trend.
    expect(reviewCharts({ ...review, reportsPerMonth: months.map((m) => ({ ...m, reports: 0 })) }, 'nl')[0].title).toBe('Meldingen per thema, 2025 en 2026');
    expect(reviewCharts(review, 'nl')[0].title).toBe('Meldingen per thema, 2025 en 2026');
  });

  it('draws each indicator of a theme against its target, in the language, after the other charts', () => {
    const indicators = [
      { code: 'basic-skills', definition: { nl: 'Aandeel met digitale basisvaardigheden', en: 'Share with basic digital skills' }, unit: '%', target: { value: 80, year: 2030, comparison: 'at-least' as const }, values: [{ period: '2023', value: 79.5 }, { period: '2025', value: 82 }] },
      { code: 'no-number', definition: { nl: 'Zonder getal', en: 'Without a number' }, unit: '%', target: { value: null, year: null, comparison: null }, values: [{ period: '2025', value: 12 }] },
      { code: 'empty', definition: { nl: 'Nog niet gemeten', en: 'Not measured yet' }, unit: '%', target: { value: 5, year: null, comparison: 'at-most' as const }, values: [] },
    ];
    const withIndicators = { ...review, themes: [{ ...review.themes[0], indicators }, ...review.themes.slice(1)] } as ReviewContent;
    const nl = reviewCharts(withIndicators, 'nl');
    expect(nl.map((c) => c.title).slice(-2)).toEqual(['1.1 Gezondheid: Aandeel met digitale basisvaardigheden', '1.1 Gezondheid: Zonder getal']);
    const [skills, plain] = nl.slice(-2);
    expect(skills.description).toBe('Van 79,5% in 2023 naar 82% in 2025. Doel: ten minste 80% in 2030.');
    expect(skills.table.columns).toEqual(['Periode', 'Gemeten', 'Doel']);
    expect(skills.table.rows).toEqual([['2023', '79,5%', '80%'], ['2025', '82%', '80%']]);
    expect(plain.description).toBe('12% in 2025.');
    expect(plain.table.columns).toEqual(['Periode', 'Gemeten']);
    expect(reviewCharts(withIndicators, 'en').at(-2)!.description).toBe('From 79.5% in 2023 to 82% in 2025. Target: at least 80% by 2030.');
    // The HTML document draws them with their tables; the PDF too.
    expect(renderReviewHtml(withIndicators, 'nl')).toContain('<caption class="utrecht-table__caption">1.1 Gezondheid: Aandeel met digitale basisvaardigheden</caption>');
  });

  it('leaves every chart out of a review with nothing counted', () => {
    expect(reviewCharts({ ...review, themes: [review.themes[2]] }, 'en')).toEqual([]);
  });
});

describe("the review's HTML document", () => {
  it('links every figure to the page of its records, not to the JSON', () => {
    expect(drillDownPage(api('theme.1.1.reports.received'))).toBe('/jaaroverzichten/2026/revisies/3/cijfers/theme.1.1.reports.received');
    const html = renderReviewHtml(review, 'nl');
    expect(html).toContain('<a href="/jaaroverzichten/2026/revisies/3/cijfers/theme.1.1.reports.received" title=');
    expect(html).not.toContain('href="/api/');
  });

  it('shows the charts as named SVG with their text alternative and data table, in the document\'s language', () => {
    const nl = renderReviewHtml(review, 'nl');
    expect(nl).toContain('<h2 id="charts">Grafieken</h2>');
    expect(nl.match(/<figure class="pb-chart"><svg [^>]*role="img"/g)).toHaveLength(4);
    expect(nl).toContain('<figcaption>In 2026 kwamen 14 meldingen binnen');
    expect(nl).toContain('<summary>Toon de cijfers als tabel</summary>');
    expect(nl).toContain('<th class="utrecht-table__header-cell" scope="row">1.1 Gezondheid</th><td class="utrecht-table__cell utrecht-table__cell--numeric">4</td><td class="utrecht-table__cell utrecht-table__cell--numeric">12</td>');
    // Issue 12's order: the year's totals, each theme's readable section, then the charts, the tables of figures last (an appendix).
    const order = ['<h2>Totalen</h2>', '<section id="theme-1.1-2018.0"', '<section id="theme-3.1-2018.0"', '<h2 id="charts">', '<h2 id="appendix">Bijlage: cijfers per thema</h2>', '<section id="figures-1.1-2018.0"'].map((s) => nl.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const en = renderReviewHtml(review, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2 id="charts">Charts</h2>');
    expect(en).toContain('<caption class="utrecht-table__caption">Reports per theme, 2025 and 2026</caption>');
    expect(en).not.toMatch(/Grafieken|Meldingen per thema|Toon de cijfers/);
  });
});

describe("the review's PDF", () => {
  it('draws the same charts, each with its title, text alternative and figures, in its language', async () => {
    const nl = (await pdfParse(await renderReviewPdf(review, 'nl'))).text.replace(/\s+/g, ' ');
    expect(nl).toContain('Grafieken');
    expect(nl).toContain('Meldingen per thema, 2025 en 2026');
    expect(nl).toContain("In 2026 kwamen 14 meldingen binnen onder 2 thema's (in 2025: 4).");
    expect(nl).toContain('1.1 Gezondheid: 2025 4, 2026 12');
    expect(nl).toContain('Wwft: Meldingen 6');
    // The same order as the HTML document: totals, themes, charts, the figures per theme last.
    const order = ['Totalen', 'Thema 1.1 Gezondheid (2018.0)', 'Grafieken', 'Bijlage: cijfers per thema'].map((s) => nl.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const en = (await pdfParse(await renderReviewPdf(review, 'en'))).text.replace(/\s+/g, ' ');
    expect(en).toContain('Reports per theme, 2025 and 2026');
    expect(en).toContain('Most cited regulations in 2026');
    expect(en).not.toContain('Grafieken');
  });
});

describe('the reports not classified yet', () => {
  // A compiled revision stores their title as it was compiled: one string in both languages.
  const unclassified = { ...theme('-', 'Nog niet ingedeeld / Not classified yet', { received: 3, previous: 1, responses: 0, outcomes: [], regulations: [] }), version: null };
  const withUnclassified = { ...review, themes: [...review.themes, unclassified] } as unknown as ReviewContent;

  it('are named in the document\'s language in the HTML (heading, contents, chart), without the code "-" or the other language', () => {
    const nl = renderReviewHtml(withUnclassified, 'nl');
    expect(nl).toContain('<li><a href="#theme---none">Nog niet ingedeeld</a></li>');
    // Headed by the label alone: "Thema" belongs before a theme's code and title.
    expect(nl).toMatch(/<h2 id="h---none">Nog niet ingedeeld<\/h2>/);
    expect(nl).not.toContain('Not classified yet');
    const en = renderReviewHtml(withUnclassified, 'en');
    expect(en).toContain('<li><a href="#theme---none">Not classified yet</a></li>');
    expect(en).not.toContain('Nog niet ingedeeld');
    expect(en).not.toMatch(/>- Not classified/);
  });

  it('leave every named region of the HTML a name of its own (axe landmark-unique), the appendix included', () => {
    for (const lang of ['nl', 'en'] as const) {
      const html = renderReviewHtml(withUnclassified, lang);
      const names = [...html.matchAll(/<section [^>]*aria-labelledby="([^"]+)"/g)].map(([, id]) => new RegExp(`id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">([^<]*)<`).exec(html)?.[1]);
      expect(names.length).toBeGreaterThan(3);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('are named in the document\'s language in the PDF', async () => {
    const en = (await pdfParse(await renderReviewPdf(withUnclassified, 'en'))).text;
    expect(en).toContain('Not classified yet');
    expect(en).not.toMatch(/Theme -|Nog niet ingedeeld/);
    const nl = (await pdfParse(await renderReviewPdf(withUnclassified, 'nl'))).text;
    expect(nl).toContain('Nog niet ingedeeld');
    expect(nl).not.toMatch(/Thema -|Not classified yet/);
  });
});
