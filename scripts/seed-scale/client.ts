/**
 * The seed's HTTP client for the platform's public origin (the portal proxies /api/<service>/…):
 * every write carries an Idempotency-Key derived from the run and the item, so a batch sent again
 * after an interruption is answered from the stored result instead of done twice. Transient
 * answers (502/503/504, a key still in progress, a dropped connection) are retried with backoff;
 * a rate limit is not waited out (its window is an hour): it stops the seed with what to change.
 */
export interface Answer<T> {
  status: number;
  data: T;
}

export class RateLimitedError extends Error {}

const TRANSIENT = new Set([409, 502, 503, 504]);

export class PlatformClient {
  constructor(
    readonly baseUrl: string,
    private readonly keyPrefix: string,
  ) {}

  async call<T>(method: string, path: string, options: { body?: unknown; token?: string; key?: string } = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.key) headers['idempotency-key'] = `${this.keyPrefix}-${options.key}`;
    for (let attempt = 1; ; attempt++) {
      let answer: Answer<T> | undefined;
      let failure: unknown;
      try {
        const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), signal: AbortSignal.timeout(60_000) });
        const text = await res.text();
        answer = { status: res.status, data: (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T };
      } catch (err) {
        failure = err;
      }
      if (answer?.status === 429) {
        throw new RateLimitedError(
          `${method} ${path} answered 429 (rate limited). Seeding sends far more than one person may from one address: start the platform with ` +
            `the limits raised, as the e2e tier does (e2e/support/global-setup.ts), e.g.\n  ${RAISED_LIMITS_HINT}`,
        );
      }
      // A 409 is transient only when the key is still being worked on (the same request in flight).
      const inProgress = answer?.status === 409 && JSON.stringify(answer.data).includes('IDEMPOTENCY');
      const retry = failure !== undefined || (answer !== undefined && TRANSIENT.has(answer.status) && (answer.status !== 409 || inProgress));
      if (!retry || attempt >= 6) {
        if (answer) return answer;
        throw failure;
      }
      await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** attempt, 5000)));
    }
  }

  /** The call, which must answer 2xx; anything else stops the seed with the request and the answer. */
  async ok<T>(method: string, path: string, options: { body?: unknown; token?: string; key?: string } = {}): Promise<T> {
    const answer = await this.call<T>(method, path, options);
    if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.data).slice(0, 500)}`);
    return answer.data;
  }
}

export const RAISED_LIMITS_HINT =
  'LOKET_INTAKE_PER_ADDRESS=100000000 LOKET_MESSAGES_PER_ADDRESS=100000000 LOKET_MESSAGES_PER_REPORT=100000 RATE_LIMIT_PER_ADDRESS=100000000 npm start';

/** Runs `work` over `items` with at most `concurrency` in flight; the first failure stops the rest. */
export async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async (): Promise<void> => {
    while (failed === undefined && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failed !== undefined) throw failed;
}
