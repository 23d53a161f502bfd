export class GetMonitorQuery {}

export interface MonitorCounts {
  barrierReports: number;
  resolvedBarrierReports: number;
  openBarrierReports: number;
  /** Open reports past their answer-by deadline today. */
  overdueBarrierReports: number;
  /** Reports answered after their deadline (in all years). */
  resolvedLateBarrierReports: number;
  duplicateClusters: number;
  /** Companies that said "this is my barrier too" of a register entry (all years; a withdrawn one no longer counts). */
  endorsements: number;
  proposals: number;
  responses: number;
  respondents: number;
}

/** How a theme's reports were resolved, all years: the outcomes (most first) and the median handling time. */
export interface MonitorThemeResolutions {
  outcomes: { outcome: string; count: number }[];
  /** Working days; null before a report of the theme was resolved. */
  medianHandlingWorkingDays: number | null;
  /** Reports whose answer their reporter judged, and how many helped, each report once by its latest verdict (BarrierSatisfactionGiven). */
  satisfaction: { answered: number; satisfied: number };
}

export interface MonitorView {
  generatedAt: string;
  strategyVersion: string | null;
  totals: MonitorCounts;
  themes: ({ code: string; title: string } & MonitorCounts & MonitorThemeResolutions)[];
}
