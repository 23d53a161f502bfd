/** One ISO week (Monday to Sunday, Amsterdam) of a department's dashboard. */
export interface DashboardWeek {
  /** The Monday that starts the week (YYYY-MM-DD). */
  week: string;
  /** Open at the end of the week (or now, for the running week): received and not ended. */
  open: number;
  /** Of those, past their running deadline (triage while not triaged, the answer otherwise). */
  overdue: number;
  /** Reopenings by a reporter (the answer did not help) during the week. */
  reopened: number;
  /** Answers given (resolved or not admissible) during the week: the handling-time sample. */
  answered: number;
  /** Mean and 90th percentile of the working days from receipt to those answers, paused days excluded; null without answers. */
  averageDays: number | null;
  p90Days: number | null;
}

export interface DashboardRequest {
  /** null: every department together (admin only). */
  department: string | null;
  now: Date;
  weeks: number;
  /** The weekdays that are not working days (Dutch holidays), from the loket's working-day calendar. */
  nonWorkingWeekdays: readonly string[];
}

/** The weekly figures of a department's reports, oldest week first, one row per week also when empty. */
export abstract class DepartmentDashboard {
  abstract weekly(request: DashboardRequest): Promise<DashboardWeek[]>;
}
