import type { ReportScope } from '../../application/support/report-scope';

/**
 * The scope as a SQL condition on `barrier_reports.department` (`column` when aliased); `param`
 * adds a bind parameter and returns its placeholder. Applied in every query, so pages, totals and
 * overdue counts only ever count what the caller may see.
 */
export function scopeCondition(scope: ReportScope, param: (value: unknown) => string, column = 'department'): string {
  if (scope.isAll) return 'TRUE';
  if (scope.department === null) return `${column} IS NULL`;
  return `(${column} IS NULL OR ${column} = ${param(scope.department)})`;
}
