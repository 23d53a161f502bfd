export { REPORT_STATUSES } from '@pb/contracts/vocabulary';
export type { ReportStatus } from '@pb/contracts/vocabulary';
