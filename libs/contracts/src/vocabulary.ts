/**
 * The codes the events carry that are a service's domain vocabulary too (outcomes, priorities,
 * departments, statuses …), without the event classes: `@pb/contracts/vocabulary` is the one part
 * of the contracts a `domain/` may import (docs/adr/0015). Its files import nothing.
 */
export * from './loket/vocabulary';
export * from './consultation/vocabulary';
export * from './strategy/vocabulary';
export * from './privacy/vocabulary';
// How the regulation index names a regulation (a BWB id or an EU act's id): a topic of a subscription is one.
export * from './regulation-id';
