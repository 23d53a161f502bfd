/** The review's monitor trends (GET /api/review/monitor/trends): the generated type of its OpenAPI document. */
export type { MonitorTrends } from './review.types';
