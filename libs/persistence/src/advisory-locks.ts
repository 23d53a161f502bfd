/**
 * Every PostgreSQL advisory lock class the libraries take, in one place. The services run these
 * libraries in their own database beside their own locks (`apps/<service>/src/advisory-locks.ts`),
 * so a library's class must never equal a service's: classes 7_420_0xx belong to the libraries,
 * 7_420_1xx and up to the services. `scripts/advisory-locks/advisory-locks.spec.ts` fails on a
 * class used twice across this registry and every service's.
 *
 * Here in libs/persistence because both lock-taking libraries may import it (messaging sits above
 * persistence in the dependency layers).
 */
export const LibraryLocks = {
  /** One relay per database publishes, which keeps the outbox's order. A single key (no object). */
  outboxRelay: 7_420_001,
  /** One replica prunes a retention task at a time. Object: hashtext(task name). */
  retentionPruner: 7_420_002,
} as const;
