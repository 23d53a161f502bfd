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
