/**
 * The erasure's codes the events carry: the services that answer, what they count.
 * The vocabulary files import nothing, so a service's domain may use them (docs/adr/0015: the
 * dependency rule domain-imports-only-its-domain-kernel-and-contract-vocabulary). The event
 * classes import their codes from here; @pb/contracts exports them as before.
 */

/**
 * The services that hold personal data of the public and so must answer an erasure request. The
 * coordinator waits for exactly these; a service that starts keeping names, addresses or phone
 * numbers joins this list together with its erasure consumer. (proposals and review keep none:
 * they know people only by pseudonymous ids.)
 */
// The review joined when it began to keep subscribers' addresses (issue 12, item 7): widening the
// list is safe because the review, which holds the coordinator, is this event's only consumer.
export const ERASURE_SERVICES = ['loket', 'comments', 'review'] as const;
export type ErasureService = (typeof ERASURE_SERVICES)[number];

/** What was erased, counted per kind of row, e.g. `{ "reporters": 2, "mails": 3 }`. */
export type ErasedCounts = Record<string, number>;
