/** The review's monitor trends (GET /api/review/monitor/trends), as the portal reads them. */
export interface MonitorTrends {
  months: { month: string; reported: number; resolved: number; responses: number }[];
  years: { year: number; reported: number; resolved: number; responses: number }[];
  themes: { theme: string; year: number; reported: number }[];
  outcomes: { outcome: string; year: number; resolved: number }[];
  regulations: { bwbId: string; reported: number }[];
}
