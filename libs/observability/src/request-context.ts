import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What travels with one unit of work — an HTTP request or one consumed event — so logs and the
 * events it causes carry the same correlation id from the browser through Kafka to the consumer.
 */
export interface RequestContextData {
  correlationId: string;
  /** The event that caused this unit of work, when it is a consumer. */
  causationId?: string | null;
  /** The end user's address, where a front end calls services on their behalf (rate limits). */
  clientIp?: string;
  /** The Idempotency-Key a front end forwards with the state-changing call of this request. */
  idempotencyKey?: string;
}

const storage = new AsyncLocalStorage<RequestContextData>();

export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  correlationId(): string {
    return storage.getStore()?.correlationId ?? randomUUID();
  },
};

export const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Accepts a caller's correlation id only when it is a harmless token; otherwise makes one. */
export function correlationIdFrom(value: unknown): string {
  return typeof value === 'string' && SAFE_ID.test(value) ? value : randomUUID();
}
