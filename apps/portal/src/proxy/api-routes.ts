import type { PortalEnv } from '../config/portal.env';

export type ServiceName = 'loket' | 'proposals' | 'comments' | 'review';

/**
 * Which service owns a public API path (api.md). Order matters: a proposal's comments belong to
 * the comments service, the proposal itself to the proposals service.
 */
const routes: { pattern: RegExp; service: ServiceName }[] = [
  { pattern: /^\/api\/loket(\/|\?|$)/, service: 'loket' },
  { pattern: /^\/api\/proposals\/[^/?]+\/comments(\/|\?|$)/, service: 'comments' },
  // The analysis of a proposal's responses (issue 11 item 4) lives with the responses.
  { pattern: /^\/api\/proposals\/[^/?]+\/analyses(\/|\?|$)/, service: 'comments' },
  { pattern: /^\/api\/(comments|moderation)(\/|\?|$)/, service: 'comments' },
  { pattern: /^\/api\/(strategy|proposals)(\/|\?|$)/, service: 'proposals' },
  { pattern: /^\/api\/review(\/|\?|$)/, service: 'review' },
  // Erasure requests (AVG): coordinated by the review service's privacy module.
  { pattern: /^\/api\/privacy(\/|\?|$)/, service: 'review' },
];

export function serviceFor(path: string): ServiceName | undefined {
  return routes.find((r) => r.pattern.test(path))?.service;
}

export function serviceUrls(env: PortalEnv): Record<ServiceName, string> {
  return { loket: env.LOKET_URL, proposals: env.PROPOSALS_URL, comments: env.COMMENTS_URL, review: env.REVIEW_URL };
}
