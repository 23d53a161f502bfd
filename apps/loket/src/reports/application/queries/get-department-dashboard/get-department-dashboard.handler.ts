import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { nonWorkingWeekdays } from '../../../domain/desk/handling-time.util';
import { FIRST_SUPPORTED_YEAR, toLocalDate } from '../../../domain/working-days';
import { DashboardWeek, DepartmentDashboard } from '../../ports/department-dashboard';
import { GetDepartmentDashboardQuery } from './get-department-dashboard.query';

/** A year of weeks: the dashboard's span (issue 10 item 8: "per week for the last year"). */
export const DASHBOARD_WEEKS = 52;

export interface DepartmentDashboardView {
  department: string | null;
  weeks: DashboardWeek[];
}

@QueryHandler(GetDepartmentDashboardQuery)
export class GetDepartmentDashboardHandler implements IQueryHandler<GetDepartmentDashboardQuery, DepartmentDashboardView> {
  constructor(
    private readonly dashboard: DepartmentDashboard,
    private readonly clock: Clock,
  ) {}

  async execute({ department }: GetDepartmentDashboardQuery): Promise<DepartmentDashboardView> {
    const now = this.clock.now();
    const year = Number(toLocalDate(now).slice(0, 4));
    // Handling times reach back to the receipt of the oldest report answered in the window: the
    // whole calendar the loket knows, up to this year (a few hundred dates).
    const holidays = nonWorkingWeekdays(FIRST_SUPPORTED_YEAR, year);
    const weeks = await this.dashboard.weekly({ department, now, weeks: DASHBOARD_WEEKS, nonWorkingWeekdays: holidays });
    return { department, weeks };
  }
}
