import { ALL, UNCLASSIFIED, formatKey, parseKey, parseThemeRef } from '../../shared/domain/figure-key';
import { ENDORSEMENT_METRIC } from '../../shared/domain/endorsement-figures';
import { Figure, FigureDefinition, ReviewContent, ThemeSection } from './review-content';

/** Everything a compile reads, taken in one consistent snapshot at its start. */
export interface ReviewSnapshot {
  year: number;
  asOfPosition: number;
  /** The database snapshot the compile read in (opaque; drill-downs use it to show exactly what it counted). */
  asOfSnapshot?: string;
  strategyVersion: string | null;
  /** Counter values of the year and the year before (and the all-years respondent keys). */
  counters: Record<string, number>;
  /** Titles per theme ref (`code@version`). */
  titles: Record<string, string>;
  /** Theme refs of the latest strategy version, shown even without any figure. */
  currentThemes: string[];
  consultationReports: Record<string, ThemeSection['consultationReports']>;
  notableResponses: Record<string, ThemeSection['notableResponses']>;
  /** Per theme ref; absent in a snapshot a job kept from before analyses were read. */
  consultationAnalyses?: Record<string, NonNullable<ThemeSection['consultationAnalyses']>>;
  amendments: Record<string, ThemeSection['amendments']>;
  /**
   * Per theme ref and BWB id, the one article all the year's reports citing the regulation name,
   * with the number of those reports (only regulations whose reports agree on one article).
   * Absent in a snapshot a job kept from before articles were read.
   */
  regulationArticles?: Record<string, Record<string, { article: string; reports: number }>>;
  /** Per theme ref, the indicators with values; absent in a snapshot a job kept from before indicators were read. */
  indicators?: Record<string, NonNullable<ThemeSection['indicators']>>;
  /** Reports of the year per Dutch calendar month (`YYYY-MM`); absent in a snapshot a job kept from before months were read. */
  reportsPerMonth?: Record<string, number>;
}

const compareCodes = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/**
 * Builds the review from a snapshot: a pure function, so compiling twice from the same data gives
 * the same figures, and its cost follows themes × years × dimensions, not the number of events.
 */
export class ReviewBuilder {
  readonly figures: Record<string, FigureDefinition> = {};
  private readonly index = new Map<string, { dimension: string; key: string; value: number }[]>();

  constructor(
    private readonly snapshot: ReviewSnapshot,
    private readonly drillDownBase: string,
  ) {
    for (const [key, value] of Object.entries(snapshot.counters)) {
      const k = parseKey(key);
      const group = `${k.metric}|${k.year}|${k.theme}`;
      if (!this.index.has(group)) this.index.set(group, []);
      this.index.get(group)!.push({ dimension: k.dimension, key, value });
    }
    for (const list of this.index.values()) list.sort((a, b) => compareCodes(a.dimension, b.dimension));
  }

  /** Theme refs with a section, in strategy order; records not classified yet come last. */
  themeRefs(): string[] {
    const refs = new Set(this.snapshot.currentThemes);
    for (const key of Object.keys(this.snapshot.counters)) {
      const { year, theme } = parseKey(key);
      if (year === this.snapshot.year && theme !== ALL) refs.add(theme);
    }
    return [...refs].sort((a, b) => (a === UNCLASSIFIED ? 1 : b === UNCLASSIFIED ? -1 : compareCodes(a, b)));
  }

  section(ref: string): ThemeSection {
    const y = this.snapshot.year;
    const parsed = parseThemeRef(ref);
    const id = (name: string) => `${ref}:${name}`;
    const count = (name: string, metric: string, year = y) => this.count(id(name), this.keys(metric, year, ref));
    const received = count('reports', 'reports');
    const receivedPreviousYear = count('reports:previous-year', 'reports', y - 1);
    const handling = this.keys('handling', y, ref);
    const dims = (metric: string, limit?: number) => {
      const list = (this.index.get(`${metric}|${y}|${ref}`) ?? []).filter((d) => d.value > 0);
      const ranked = limit ? [...list].sort((a, b) => b.value - a.value || compareCodes(a.dimension, b.dimension)).slice(0, limit) : list;
      return ranked.map((d) => ({ value: d.dimension, figure: this.count(id(`${metric}:${d.dimension}`), [d.key]) }));
    };
    return {
      code: parsed?.code ?? UNCLASSIFIED,
      version: parsed?.version ?? null,
      // The JSON is a public contract: the unclassified reports keep their code `-` and this title;
      // the documents and the portal name them from the catalogue (`review:label.unclassified`).
      title: this.snapshot.titles[ref] ?? (ref === UNCLASSIFIED ? 'Nog niet ingedeeld / Not classified yet' : ref),
      reports: {
        received,
        receivedPreviousYear,
        change: (received.value ?? 0) - (receivedPreviousYear.value ?? 0),
        resolved: count('resolved', 'resolved'),
        open: count('open', 'open'),
        rejected: count('rejected', 'rejected'),
        duplicates: count('duplicates', 'duplicates'),
        clusters: count('clusters', 'clusters'),
        overdue: count('overdue', 'overdue'),
        endorsements: count('endorsements', ENDORSEMENT_METRIC),
      },
      handlingWorkingDays: { median: this.percentile(id('handling:median'), handling, 'median'), p90: this.percentile(id('handling:p90'), handling, 'p90') },
      outcomes: dims('outcome'),
      regulations: this.withArticles(dims('regulation', 10), ref),
      regulationsByClusters: this.regulationsByClusters(dims('regulation-clusters', 10), parsed?.code),
      technologies: dims('technology'),
      sectors: dims('sector'),
      consultations: {
        proposals: count('proposals', 'proposals'),
        proposalsPreviousYear: count('proposals:previous-year', 'proposals', y - 1),
        responses: count('responses', 'responses'),
        responsesPreviousYear: count('responses:previous-year', 'responses', y - 1),
        responsesFromOrganisations: this.count(id('responses:organisation'), this.keys('responses-by', y, ref, 'organisation')),
        responsesFromIndividuals: this.count(id('responses:individual'), this.keys('responses-by', y, ref, 'individual')),
        respondents: count('respondents', 'respondents'),
        reports: count('consultation-reports', 'consultation-reports'),
      },
      consultationReports: this.snapshot.consultationReports[ref] ?? [],
      notableResponses: this.snapshot.notableResponses[ref] ?? [],
      consultationAnalyses: this.snapshot.consultationAnalyses?.[ref] ?? [],
      amendments: (parsed ? this.snapshot.amendments[parsed.code] : undefined) ?? [],
      ...(this.snapshot.indicators ? { indicators: this.snapshot.indicators[ref] ?? [] } : {}),
    };
  }

  /**
   * A regulation's article where every report its figure counts cites the same one: the facts'
   * count must equal the figure, so a report the ledger counts and the facts lack (or the reverse)
   * names no article rather than a wrong one.
   */
  private withArticles(regulations: { value: string; figure: Figure }[], ref: string): ThemeSection['regulations'] {
    const agreed = this.snapshot.regulationArticles?.[ref] ?? {};
    return regulations.map((r) => {
      const a = agreed[r.value];
      return a && a.reports === r.figure.value ? { ...r, article: a.article } : r;
    });
  }

  /** Clusters per regulation, most first, with the year's amendments (of the theme) that cite the regulation as evidence. */
  private regulationsByClusters(ranked: { value: string; figure: Figure }[], code: string | undefined): NonNullable<ThemeSection['regulationsByClusters']> {
    const amendments = (code ? this.snapshot.amendments[code] : undefined) ?? [];
    return ranked.map((r) => ({ bwbId: r.value, clusters: r.figure, amendments: amendments.filter((a) => a.citedRegulations?.includes(r.value)).map((a) => a.id) }));
  }

  totals(): ReviewContent['totals'] {
    const y = this.snapshot.year;
    const all = (metric: string, year = y) => Object.keys(this.snapshot.counters).filter((k) => {
      const p = parseKey(k);
      return p.metric === metric && p.year === year && p.dimension === '' && p.theme !== ALL;
    }).sort();
    return {
      barrierReports: this.count('total:reports', all('reports')),
      barrierReportsPreviousYear: this.count('total:reports:previous-year', all('reports', y - 1)),
      resolvedBarrierReports: this.count('total:resolved', all('resolved')),
      overdueBarrierReports: this.count('total:overdue', all('overdue')),
      duplicateClusters: this.count('total:clusters', all('clusters')),
      endorsements: this.count('total:endorsements', all(ENDORSEMENT_METRIC)),
      proposals: this.count('total:proposals', all('proposals')),
      responses: this.count('total:responses', all('responses')),
      // Distinct respondents cannot be summed over themes: the ledger keeps an all-themes key.
      respondents: this.count('total:respondents', [formatKey({ metric: 'respondents', year: y, theme: ALL, dimension: '' })]),
    };
  }

  /** The year's twelve months, January first, each with its reports (0 where none came in); undefined from an older snapshot. */
  reportsPerMonth(): ReviewContent['reportsPerMonth'] {
    const counts = this.snapshot.reportsPerMonth;
    if (!counts) return undefined;
    return Array.from({ length: 12 }, (_, i) => {
      const month = `${this.snapshot.year}-${String(i + 1).padStart(2, '0')}`;
      return { month, reports: counts[month] ?? 0 };
    });
  }

  private keys(metric: string, year: number, ref: string, dimension?: string): string[] {
    if (dimension !== undefined) return [formatKey({ metric, year, theme: ref, dimension })];
    const list = this.index.get(`${metric}|${year}|${ref}`);
    // Without a dimension (plain counts) the key is the one with an empty dimension; with
    // dimensions (handling days) every bucket of the metric belongs to the figure.
    if (!list) return [formatKey({ metric, year, theme: ref, dimension: '' })];
    return list.map((d) => d.key);
  }

  private link(id: string): string {
    return `${this.drillDownBase}/${encodeURIComponent(id)}`;
  }

  private count(id: string, keys: string[]): Figure {
    const value = keys.reduce((n, k) => n + (this.snapshot.counters[k] ?? 0), 0);
    this.figures[id] = { keys, kind: 'count', value };
    return { id, value, drillDown: this.link(id) };
  }

  /** Nearest-rank percentile of working days over the histogram buckets (exact: days are integers). */
  private percentile(id: string, keys: string[], kind: 'median' | 'p90'): Figure {
    const buckets = keys.map((k) => ({ days: Number(parseKey(k).dimension), n: this.snapshot.counters[k] ?? 0 })).filter((b) => b.n > 0).sort((a, b) => a.days - b.days);
    const total = buckets.reduce((n, b) => n + b.n, 0);
    let value: number | null = null;
    if (total) {
      const rank = Math.ceil((kind === 'median' ? 0.5 : 0.9) * total);
      let seen = 0;
      for (const b of buckets) {
        seen += b.n;
        if (seen >= rank) {
          value = b.days;
          break;
        }
      }
    }
    this.figures[id] = { keys, kind, value };
    return { id, value, drillDown: this.link(id) };
  }
}
