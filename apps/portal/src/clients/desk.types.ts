import type { components, operations } from './generated/loket';

/** The loket's desk answers as the pages read them (docs/openapi/loket.json, tag `desk`). */
type Schemas = components['schemas'];

/** A department's weekly figures for the last year (GET /api/loket/desk/dashboard). */
export type Dashboard = Schemas['DashboardDto'];
export type DashboardWeek = Schemas['DashboardWeekDto'];
/** An official's saved queue filter, and the filter values it keeps. */
export type SavedFilter = Schemas['SavedFilterDto'];
export type SavedFilterValues = Schemas['SavedFilterValuesDto'];
/** The answer to a bulk assign: what was assigned, and one failure per report that was not. */
export type AssignmentResult = Schemas['AssignmentResultDto'];
/** The dashboard's query: an admin's pick of a department. */
export type DashboardQuery = NonNullable<operations['DeskController_dashboard']['parameters']['query']>;
