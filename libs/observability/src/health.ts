/** What one dependency reports on /health/ready. */
export type HealthCheck = { status: 'up' | 'down' | 'degraded'; detail?: string; [extra: string]: unknown };

/**
 * One dependency's part of a service's readiness, contributed by the library that owns the
 * dependency (libs/persistence the database, libs/messaging Kafka and the outbox). The health
 * endpoint (libs/http) collects every provider that extends this class, so it knows none of them:
 * a process that serves HTTP without Kafka (the portal) loads no broker client for its health page.
 */
export abstract class HealthIndicator {
  /** The key under `checks` in the readiness answer, e.g. `database`. */
  abstract readonly name: string;
  /**
   * Whether the service cannot serve while this is not `up` (503, out of the load balancer). A
   * dependency the service can do without for a while (Kafka: writes wait in the outbox) says
   * false: it can only make the answer `degraded`.
   */
  abstract readonly requiredForReadiness: boolean;
  abstract check(): Promise<HealthCheck>;
}

/** Rejects when `p` has not settled within `ms`: a health check must not hang on a dependency that does not answer. */
export const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};
