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
  proposals: number;
  responses: number;
  respondents: number;
}

export interface MonitorView {
  generatedAt: string;
  strategyVersion: string | null;
  totals: MonitorCounts;
  themes: ({ code: string; title: string } & MonitorCounts)[];
}
