/** The review service's answers as the pages read them. */

/** A proposed change to the strategy, with the evidence behind it. */
export interface Amendment {
  id: string;
  kind: string;
  themeCode: string;
  actionIndex?: number | null;
  text?: string | null;
  summary: string;
  evidence: { type: string; id: string }[];
  status: string;
  reason?: string | null;
}

/** An erasure request as GET /api/privacy/erasures/{id} answers. */
export interface ErasureView {
  id: string;
  status: 'pending' | 'completed';
  requestedAt: string;
  completedAt: string | null;
  services: { service: string; status: 'pending' | 'completed'; erased: Record<string, number> | null; answeredAt: string | null }[];
}

/** A line of GET /api/privacy/erasures. */
export interface ErasureListItem {
  id: string;
  status: 'pending' | 'completed';
  requestedAt: string;
  completedAt: string | null;
}

/** The monitor's figures (a count per key; keys the review may add are shown when listed). */
export interface Counts {
  barrierReports?: number;
  resolvedBarrierReports?: number;
  proposals?: number;
  responses?: number;
  respondents?: number;
  [key: string]: unknown;
}

export interface MonitorView {
  generatedAt?: string;
  totals: Counts;
  themes: (Counts & { code: string; title: string })[];
}

export interface ReviewFigure {
  id: string;
  value: number | null;
  drillDown?: string;
}

export interface ReviewContent {
  year: number;
  revision: number;
  compiledAt: string;
  strategyVersion: string | null;
  totals?: Record<string, ReviewFigure>;
  themes?: ReviewTheme[];
}

/** A theme's section of a compiled review: its figures, and the consultation reports and amendments under it. */
export interface ReviewTheme {
  code: string;
  /** The strategy version the theme belongs to: one year can hold a code under two versions. */
  version?: string | null;
  title: string;
  reports?: Record<string, ReviewFigure>;
  handlingWorkingDays?: { median?: ReviewFigure };
  consultations?: Record<string, ReviewFigure>;
  consultationReports?: { proposalId: string; title: string; responses: number }[];
  amendments?: { id: string; kind: string; summary: string; status: string }[];
  /** Regulations ranked by the clusters of barriers citing them, with the amendments citing each (revisions compiled before the index have none). */
  regulationsByClusters?: { bwbId: string; clusters: ReviewFigure; amendments: string[] }[];
}

/** The review's text per theme (GET /api/review/years/{year}/narrative): what a coordinator signed off. */
export interface ReviewNarrative {
  year: number;
  revision: number;
  lang: 'nl' | 'en';
  themes: { code: string; title: string; status: 'draft' | 'signed-off'; sentences: { key: string; text: string; figures: ReviewFigure[] }[] }[];
}

export interface CompileJob {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  progress: { percent: number };
}

/** A dataset as the review's open-data list describes it: its schema is the list of its columns. */
export interface OpenDataset {
  name: string;
  title: string;
  description?: string;
  url: string;
  schema?: { columns?: { name: string; type: string; description: string }[] };
}

/** A regulation of the index (GET /api/review/regulations): its name and totals over all years. */
export interface RegulationSummary {
  bwbId: string;
  title: string | null;
  abbreviation: string | null;
  repealed: string | null;
  url: string;
  reports: number;
  clusters: number;
  responses: number;
  amendments: number;
  firstYear: number;
  lastYear: number;
}

/** One regulation (GET /api/review/regulations/{bwbId}): figures per year and what cites it. */
export interface RegulationDetail {
  bwbId: string;
  title: string | null;
  abbreviation: string | null;
  repealed: string | null;
  url: string;
  years: { year: number; reports: number; clusters: number; outcomes: Record<string, number>; responses: number; amendments: number }[];
  articles: { article: string; reports: number; responses: number; amendments: number }[];
  reports: { reportId: string; reference: string | null; year: number; article: string | null; status: string | null; outcome: string | null; duplicates: number; published: boolean }[];
  responses: { responseId: string; proposalId: string; year: number; article: string | null; visible: boolean }[];
  amendments: { id: string; year: number; kind: string; themeCode: string; status: string; summary: string; article: string | null }[];
}

/** The records a figure of a revision counted (GET /api/review/years/{year}/revisions/{revision}/figures/{figureId}). */
export interface FigureRecords {
  figure: { id: string; kind: string; value: number | null; year: number; revision: number; asOfPosition: number };
  total: number;
  items: FigureRecord[];
  next: string | null;
}

export type FigureRecord =
  | { type: 'barrier-report'; id: string; reference?: string | null; theme?: string | null; status?: string | null; outcome?: string | null; published?: boolean; dimension?: string }
  | { type: 'response'; id: string; proposalId?: string; status?: string; public?: boolean }
  | { type: 'proposal'; id: string; title?: string | null; status?: string | null }
  | { type: 'respondent'; id: string };
