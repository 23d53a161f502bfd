/** The weekly figures of one department (null: all departments, for an admin). */
export class GetDepartmentDashboardQuery {
  constructor(readonly department: string | null) {}
}
