import { formatValue, type ChartSpec } from './chart';

/** The parts of a compiled review its charts read (the review service's content and the portal's generated type both fit). */
export interface ReviewChartFigure {
  value: number | null;
}
export interface ReviewChartTheme {
  code: string;
  title: string;
  version: string | null;
  reports: { received: ReviewChartFigure; receivedPreviousYear: ReviewChartFigure };
  outcomes: { value: string; figure: ReviewChartFigure }[];
  regulations: { value: string; figure: ReviewChartFigure }[];
  consultations: { responses: ReviewChartFigure; responsesPreviousYear: ReviewChartFigure };
  /** The theme's indicators with values, when the review carries them. */
  indicators?: ReviewChartIndicator[];
}
export interface ReviewChartIndicator {
  code: string;
  definition: { nl: string; en: string };
  unit: string;
  target: { value: number | null; year: number | null; comparison: 'at-least' | 'at-most' | null };
  values: { period: string; value: number }[];
}
export interface ReviewChartInput {
  year: number;
  themes: ReviewChartTheme[];
  /** Reports per month of the year (`YYYY-MM`), when the review carries them. */
  reportsPerMonth?: { month: string; reports: number }[];
}

/**
 * The words of the charts, from the caller's catalogue (`review-charts:*`, translated in the
 * document's language) and how the caller names an outcome and a regulation; this library imports
 * nothing of ours, so the words come in.
 */
export interface ReviewChartWords {
  t: (key: string, params?: Record<string, string | number>) => string;
  outcome: (code: string) => string;
  regulation: (bwbId: string) => string;
  /** The reader's language: an indicator's definition and the numbers of its text alternative; Dutch when not given. */
  lang?: 'nl' | 'en';
  /** A month (`YYYY-MM`) as the reader says it ("maart"); the code when not given. */
  month?: (month: string) => string;
  /** How the caller names a theme ("1.1 Gezondheid"; the reports not classified yet by a label of its own); `code title` when not given. */
  theme?: (theme: ReviewChartTheme) => string;
}

/** At most this many regulations in the ranking (the rest reads from the table of each theme). */
export const REVIEW_CHART_TOP_REGULATIONS = 10;

const value = (f: ReviewChartFigure | undefined): number => f?.value ?? 0;

/** Sums a dimension (outcome, regulation) over the themes: one year's figures, whatever theme they fell under. */
function sumOver(themes: ReviewChartTheme[], pick: (t: ReviewChartTheme) => { value: string; figure: ReviewChartFigure }[]): [string, number][] {
  const sums = new Map<string, number>();
  for (const t of themes) for (const d of pick(t)) sums.set(d.value, (sums.get(d.value) ?? 0) + value(d.figure));
  return [...sums].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The annual review's charts, one definition for the review's page in the portal and its HTML and
 * PDF documents, so each shows the same figures: the year's reports per month (when the review
 * carries them), reports per theme against the year before, how resolved reports ended, the
 * most-cited regulations, the consultation responses per theme and each theme's indicators against
 * their targets (when the review carries them). Every value is a value of the
 * review's JSON (or a sum of them over the themes), so a chart's data table can be checked against
 * it. A chart with nothing to show is left out.
 */
export function reviewChartSpecs(review: ReviewChartInput, words: ReviewChartWords): ChartSpec[] {
  const { t } = words;
  const year = review.year;
  const previous = year - 1;
  const themeName = words.theme ?? ((th: ReviewChartTheme): string => `${th.code} ${th.title}`);
  const specs: ChartSpec[] = [];

  // The year's trend first: reports per month, when the review carries them and any came in.
  const months = review.reportsPerMonth ?? [];
  const monthName = words.month ?? ((m: string) => m);
  if (months.some((m) => m.reports > 0)) {
    const most = months.reduce((a, b) => (b.reports > a.reports ? b : a));
    specs.push({
      kind: 'line',
      title: t('review-charts:months.title', { year }),
      description: t('review-charts:months.description', { year, total: months.reduce((n, m) => n + m.reports, 0), month: monthName(most.month), most: most.reports }),
      categoryLabel: t('review-charts:month'),
      categories: months.map((m) => monthName(m.month)),
      series: [{ name: t('review-charts:reports'), values: months.map((m) => m.reports) }],
    });
  }

  const reported = review.themes.filter((th) => value(th.reports.received) + value(th.reports.receivedPreviousYear) > 0);
  if (reported.length) {
    const top = [...reported].sort((a, b) => value(b.reports.received) - value(a.reports.received))[0];
    specs.push({
      kind: 'bar',
      title: t('review-charts:themes.title', { year, previous }),
      description: t('review-charts:themes.description', {
        count: reported.length,
        year,
        previous,
        total: reported.reduce((n, th) => n + value(th.reports.received), 0),
        totalPrevious: reported.reduce((n, th) => n + value(th.reports.receivedPreviousYear), 0),
        theme: themeName(top),
        most: value(top.reports.received),
      }),
      categoryLabel: t('review-charts:theme'),
      categories: reported.map(themeName),
      series: [
        { name: String(previous), values: reported.map((th) => value(th.reports.receivedPreviousYear)) },
        { name: String(year), values: reported.map((th) => value(th.reports.received)) },
      ],
      height: Math.max(320, 40 * reported.length),
    });
  }

  const outcomes = sumOver(review.themes, (th) => th.outcomes);
  if (outcomes.length) {
    specs.push({
      kind: 'bar',
      title: t('review-charts:outcomes.title', { year }),
      description: t('review-charts:outcomes.description', { year, total: outcomes.reduce((n, [, v]) => n + v, 0), outcome: words.outcome(outcomes[0][0]), most: outcomes[0][1] }),
      categoryLabel: t('review-charts:outcome'),
      categories: outcomes.map(([code]) => words.outcome(code)),
      series: [{ name: t('review-charts:resolved'), values: outcomes.map(([, v]) => v) }],
    });
  }

  const regulations = sumOver(review.themes, (th) => th.regulations).slice(0, REVIEW_CHART_TOP_REGULATIONS);
  if (regulations.length) {
    specs.push({
      kind: 'bar',
      title: t('review-charts:regulations.title', { year }),
      description: t('review-charts:regulations.description', { count: regulations.length, year, law: words.regulation(regulations[0][0]), most: regulations[0][1] }),
      categoryLabel: t('review-charts:regulation'),
      categories: regulations.map(([bwbId]) => words.regulation(bwbId)),
      series: [{ name: t('review-charts:reports'), values: regulations.map(([, v]) => v) }],
      height: Math.max(320, 32 * regulations.length),
    });
  }

  const consulted = review.themes.filter((th) => value(th.consultations.responses) + value(th.consultations.responsesPreviousYear) > 0);
  if (consulted.length) {
    specs.push({
      kind: 'bar',
      title: t('review-charts:responses.title', { year, previous }),
      description: t('review-charts:responses.description', {
        count: consulted.length,
        year,
        previous,
        total: consulted.reduce((n, th) => n + value(th.consultations.responses), 0),
        totalPrevious: consulted.reduce((n, th) => n + value(th.consultations.responsesPreviousYear), 0),
      }),
      categoryLabel: t('review-charts:theme'),
      categories: consulted.map(themeName),
      series: [
        { name: String(previous), values: consulted.map((th) => value(th.consultations.responsesPreviousYear)) },
        { name: String(year), values: consulted.map((th) => value(th.consultations.responses)) },
      ],
      height: Math.max(320, 40 * consulted.length),
    });
  }

  // Per theme, each indicator against its target: the measured values, the target a dashed line where the strategy gives a number.
  const lang = words.lang ?? 'nl';
  for (const th of review.themes) {
    for (const indicator of (th.indicators ?? []).filter((i) => i.values.length)) {
      const amount = (v: number | null) => formatValue(v, lang, indicator.unit);
      const first = indicator.values[0];
      const last = indicator.values.at(-1)!;
      const { value: target, year: by, comparison } = indicator.target;
      const measured =
        indicator.values.length === 1
          ? t('review-charts:indicator.one', { value: amount(last.value), period: last.period })
          : t('review-charts:indicator.from-to', { from: amount(first.value), fromPeriod: first.period, to: amount(last.value), toPeriod: last.period });
      const aim = target === null || comparison === null ? '' : ` ${t(`review-charts:indicator.${comparison}${by === null ? '' : '-by'}`, { target: amount(target), year: by ?? '' })}`;
      const periods = indicator.values.map((v) => v.period);
      specs.push({
        kind: 'line',
        title: t('review-charts:indicator.title', { theme: themeName(th), definition: indicator.definition[lang] }),
        description: measured + aim,
        categoryLabel: t('review-charts:indicator.period'),
        categories: periods,
        unit: indicator.unit,
        series: [
          { name: t('review-charts:indicator.measured'), values: indicator.values.map((v) => v.value) },
          ...(target !== null ? [{ name: t('review-charts:indicator.target'), values: periods.map(() => target), role: 'target' as const }] : []),
        ],
        height: 260,
      });
    }
  }
  return specs;
}
