/**
 * The browser tier sends every report and message from one address (loopback), far more than a
 * person would in an hour. The loket's abuse limits (issue 9) stay on, raised out of the way; their
 * behaviour is proven in apps/loket/test/integration/abuse-limits.int-spec.ts.
 */
export const RAISED_LOKET_LIMITS: Record<string, string> = {
  LOKET_INTAKE_PER_ADDRESS: '100000',
  LOKET_INTAKE_PER_EMAIL: '100000',
  LOKET_TRACKING_LINKS_PER_ADDRESS: '100000',
  LOKET_TRACKING_LINKS_PER_EMAIL: '100000',
  LOKET_MESSAGES_PER_ADDRESS: '100000',
  LOKET_MESSAGES_PER_REPORT: '100000',
  // The review's subscription form (issue 12 item 7), limited the same way: its int-spec proves it.
  REVIEW_SUBSCRIBE_PER_ADDRESS: '100000',
  REVIEW_SUBSCRIBE_PER_EMAIL: '100000',
};
