export class GetMonitorQuery {}

export interface MonitorCounts {
  barrierReports: number;
  resolvedBarrierReports: number;
  proposals: number;
  responses: number;
  respondents: number;
}

export interface MonitorView {
  generatedAt: string;
  totals: MonitorCounts;
  themes: ({ code: string; title: string } & MonitorCounts)[];
}
