export { REPORT_STATUSES } from '@pb/contracts';
export type { ReportStatus } from '@pb/contracts';
