/** A number in the review that a reader can check: `drillDown` lists exactly the records it counts. */
export interface Figure {
  id: string;
  value: number | null;
  drillDown: string;
}

export interface DimensionFigure {
  value: string;
  figure: Figure;
  /**
   * Of a regulation: the article every report counted in `figure` cites, when they agree on one
   * (absent when they name several, or none; and in revisions compiled before articles were read).
   */
  article?: string;
}

export interface ConsultationAnalysisSection {
  proposalId: string;
  title: string;
  responses: number;
  themes: { themeId: string; label: string | null; size: number }[];
  stances: { questionId: string; for: number; against: number; mixed: number; unclear: number }[];
  signedOffAt: string;
}

/** An indicator of a theme as the review carries it: its current value per period (corrections applied) and its target. */
export interface IndicatorSection {
  code: string;
  definition: { nl: string; en: string };
  unit: string;
  target: { value: number | null; year: number | null; comparison: 'at-least' | 'at-most' | null };
  /** Oldest period first (`2019`, `2019-Q1`, `2019-03`). */
  values: { period: string; value: number }[];
}

export interface ThemeSection {
  code: string;
  version: string | null;
  title: string;
  reports: {
    received: Figure;
    receivedPreviousYear: Figure;
    change: number;
    resolved: Figure;
    open: Figure;
    rejected: Figure;
    duplicates: Figure;
    clusters: Figure;
    overdue: Figure;
    /**
     * Companies that said "this is my barrier too" of the theme's register entries this year
     * (withdrawn ones not); absent from revisions compiled before endorsements were counted.
     */
    endorsements?: Figure;
  };
  handlingWorkingDays: { median: Figure; p90: Figure };
  outcomes: DimensionFigure[];
  regulations: DimensionFigure[];
  /**
   * The regulations ranked by the duplicate clusters of barriers citing them (most first, at most
   * ten; `-` not identified), each with the amendments of the year that cite it, as evidence.
   */
  regulationsByClusters?: { bwbId: string; clusters: Figure; amendments: string[] }[];
  technologies: DimensionFigure[];
  sectors: DimensionFigure[];
  consultations: {
    proposals: Figure;
    proposalsPreviousYear: Figure;
    responses: Figure;
    responsesPreviousYear: Figure;
    responsesFromOrganisations: Figure;
    responsesFromIndividuals: Figure;
    respondents: Figure;
    reports: Figure;
  };
  consultationReports: { proposalId: string; title: string; answeredAt: string; responses: number }[];
  notableResponses: { responseId: string; proposalId: string; supportCount: number }[];
  /**
   * The signed-off analyses of the theme's proposals' responses, signed off in the year (the latest
   * sign-off per proposal): themes by a coordinator's label (null: none given, the drafted words
   * being respondents' own) and size, stance counts per question (`body`: the response's main text).
   * Absent in revisions compiled before analyses were projected.
   */
  consultationAnalyses?: ConsultationAnalysisSection[];
  /**
   * The theme's indicators that have values (periods up to the review's year), each with its target
   * where the strategy gives a number: drawn as indicator-against-target charts. Absent in revisions
   * compiled before indicators were read.
   */
  indicators?: IndicatorSection[];
  amendments: { id: string; kind: string; summary: string; status: string; reason: string | null; evidence: { type: string; id: string }[]; citedRegulations?: string[] }[];
}

export interface ReviewContent {
  year: number;
  revision: number;
  compiledAt: string;
  /** Ledger position the figures were read at; drill-downs list the records as of this position. */
  asOfPosition: number;
  strategyVersion: string | null;
  totals: {
    barrierReports: Figure;
    barrierReportsPreviousYear: Figure;
    resolvedBarrierReports: Figure;
    overdueBarrierReports: Figure;
    duplicateClusters: Figure;
    /** Absent from revisions compiled before endorsements were counted. */
    endorsements?: Figure;
    proposals: Figure;
    responses: Figure;
    respondents: Figure;
  };
  themes: ThemeSection[];
  /**
   * Reports received in each Dutch calendar month of the year, over all themes (January first,
   * twelve entries): the year's trend the documents draw. Counts of the report facts the compile
   * read, not figures of the ledger (no drill-down). Absent in revisions compiled before.
   */
  reportsPerMonth?: { month: string; reports: number }[];
}

/** How each figure was counted: the ledger keys and what to do with them. Stored beside the content. */
export interface FigureDefinition {
  keys: string[];
  /** `count` (records with a positive weight), `median` / `p90` of the dimension (working days). */
  kind: 'count' | 'median' | 'p90';
  value: number | null;
}
