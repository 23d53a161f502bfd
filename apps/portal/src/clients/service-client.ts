import { Inject, Injectable } from '@nestjs/common';
import createClient, { type Client, type FetchResponse, type MaybeOptionalInit, type Middleware } from 'openapi-fetch';
import { CORRELATION_HEADER, RequestContext } from '@pb/observability';
import type { Language, Problem } from '@pb/http/core';
import { PortalEnv } from '../config/portal.env';
import { ServiceName, serviceUrls } from '../proxy/api-routes';
import type { paths as CommentsPaths } from './generated/comments';
import type { paths as LoketPaths } from './generated/loket';
import type { paths as ProposalsPaths } from './generated/proposals';
import type { paths as ReviewPaths } from './generated/review';

export type { ServiceName };

/** Each service's operations, as generated from its OpenAPI document (docs/openapi/<service>.json). */
export interface ServicePaths {
  loket: LoketPaths;
  proposals: ProposalsPaths;
  comments: CommentsPaths;
  review: ReviewPaths;
}

export type ServiceResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; problem?: Problem; unavailable?: 'timeout' | 'down' | 'error' };

/** Who the portal calls for: the reader's language, and a staff member's token when the page forwards it. */
export interface Caller {
  lang: Language;
  /** The staff member's token, forwarded as a bearer token. */
  token?: string;
}

type Method = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
type PathsWith<Paths, M extends Method> = { [P in keyof Paths]: Paths[P] extends Record<M, object> ? P : never }[keyof Paths];
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** The request's parameters and body: required when the operation has required ones (as openapi-fetch). */
type InitArgs<Init> = RequiredKeys<Init> extends never ? [Init?] : [Init];
/** What a 2xx answer of the operation carries (undefined for a 204). */
type Success<Operation extends Record<string | number, unknown>, Init> = NonNullable<FetchResponse<Operation, Init, 'application/json'>['data']>;

// `& Record<M, unknown>` only tells the compiler the path has the method (PathsWith made sure).
type Call<Paths, M extends Method> = <P extends PathsWith<Paths, M>, Init extends MaybeOptionalInit<Paths[P] & Record<M, unknown>, M>>(
  path: P,
  ...init: InitArgs<Init>
) => Promise<ServiceResult<Paths[P] extends Record<M, infer Operation extends Record<string | number, unknown>> ? Success<Operation, Init> : never>>;

/** The path and query parameters of a GET operation (a download's). */
type DownloadParams<Paths, P extends keyof Paths> = Paths[P] extends { get: { parameters: infer Prm } } ? Pick<Prm, Extract<keyof Prm, 'path' | 'query'>> : never;

/**
 * One service's typed client for one page request: the paths, parameters and bodies are checked
 * against the service's OpenAPI document at compile time, and every call settles into a
 * ServiceResult (never a throw).
 */
export interface TypedServiceClient<Paths> {
  GET: Call<Paths, 'get'>;
  POST: Call<Paths, 'post'>;
  PUT: Call<Paths, 'put'>;
  DELETE: Call<Paths, 'delete'>;
}

/** The request's context, on every call: the visitor's address, the correlation id, a form's idempotency key. */
const requestContext: Middleware = {
  onRequest({ request }) {
    const context = RequestContext.current();
    if (context?.clientIp) request.headers.set('x-forwarded-for', context.clientIp);
    // A posted form's idempotency key: the service answers a repeat with the first answer.
    if (context?.idempotencyKey && request.method !== 'GET') request.headers.set('idempotency-key', context.idempotencyKey);
    if (context?.correlationId) request.headers.set(CORRELATION_HEADER, context.correlationId);
    return request;
  },
};

/**
 * Reads the whole answer within the call's timeout and hands openapi-fetch a body it can parse: a
 * body that is not JSON becomes no body (the page then shows its general message, not a crash).
 */
async function readWhole(request: Request): Promise<Response> {
  const response = await fetch(request, { redirect: 'manual' });
  const text = await response.text();
  let body: string | null = text || null;
  if (body !== null) {
    try {
      JSON.parse(body);
    } catch {
      body = null;
    }
  }
  const headers = new Headers(response.headers);
  // The body is read already (and possibly dropped): its length and encoding no longer apply.
  headers.delete('content-length');
  headers.delete('content-encoding');
  headers.delete('transfer-encoding');
  const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
  return new Response(nullBody ? null : body, { status: response.status, statusText: response.statusText, headers });
}

async function settle<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<ServiceResult<T>> {
  let answer: { data?: unknown; error?: unknown; response: Response };
  try {
    answer = await call;
  } catch (err) {
    const name = (err as Error).name;
    const timedOut = name === 'TimeoutError' || name === 'AbortError';
    return { ok: false, status: timedOut ? 504 : 502, unavailable: timedOut ? 'timeout' : 'down' };
  }
  const { status, ok } = answer.response;
  if (ok) return { ok: true, status, data: answer.data as T };
  const problem = (answer.error ?? undefined) as Problem | undefined;
  if (status >= 500) return { ok: false, status, problem, unavailable: status === 504 ? 'timeout' : 'error' };
  return { ok: false, status, problem };
}

/** A query without empty values, as from a form field left empty (the services treat absent and empty alike). */
function withoutEmptyQuery(init: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const params = init?.params as { query?: Record<string, unknown> } | undefined;
  if (!params?.query) return init;
  const query = Object.fromEntries(Object.entries(params.query).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  return { ...init, params: { ...params, query } };
}

/**
 * The portal's server-to-server calls to the services (their URLs from the environment), typed by
 * the clients generated from the services' OpenAPI documents (openapi-fetch over
 * ./generated/<service>.ts), with a timeout: a slow or failing service becomes a result the page
 * can show, never a hang or a throw. Problem+json answers come back as `problem` for the page's
 * error summary.
 */
@Injectable()
export class ServiceClient {
  private readonly clients: { [S in ServiceName]: Client<ServicePaths[S], 'application/json'> };
  private readonly urls: Record<ServiceName, string>;

  constructor(@Inject(PortalEnv) private readonly env: PortalEnv) {
    const urls = serviceUrls(env);
    this.urls = urls;
    const client = <S extends ServiceName>(service: S): Client<ServicePaths[S], 'application/json'> => {
      const c = createClient<ServicePaths[S], 'application/json'>({ baseUrl: urls[service], fetch: readWhole });
      c.use(requestContext);
      return c;
    };
    this.clients = { loket: client('loket'), proposals: client('proposals'), comments: client('comments'), review: client('review') };
  }

  /** `service`'s typed client, calling in `caller`'s language (and with its token, when given). */
  to<S extends ServiceName>(service: S, caller: Caller): TypedServiceClient<ServicePaths[S]> {
    const client = this.clients[service] as unknown as Record<'GET' | 'POST' | 'PUT' | 'DELETE', (path: string, init?: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>>;
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': caller.lang };
    if (caller.token) headers.authorization = `Bearer ${caller.token}`;
    const send =
      (method: 'GET' | 'POST' | 'PUT' | 'DELETE') =>
      (path: string, init?: Record<string, unknown>): Promise<ServiceResult<unknown>> => {
        const request = withoutEmptyQuery(init);
        return settle(
          client[method](path, {
            ...request,
            headers: { ...headers, ...(request?.headers as Record<string, string> | undefined) },
            // The whole call, answer included, within the timeout.
            signal: AbortSignal.timeout(this.env.UPSTREAM_TIMEOUT_MS),
          }),
        );
      };
    return { GET: send('GET'), POST: send('POST'), PUT: send('PUT'), DELETE: send('DELETE') } as unknown as TypedServiceClient<ServicePaths[S]>;
  }

  /**
   * A GET whose answer is a file to pass on (the reading room's export, a response's attachment),
   * typed like every other call: the path is one the service's OpenAPI document has, its
   * parameters the operation's. The answer is not read here (openapi-fetch would parse it): its
   * body streams through, and the timeout covers the answer's start only, so a long export keeps
   * streaming as long as the service writes.
   */
  async download<S extends ServiceName, P extends PathsWith<ServicePaths[S], 'get'>>(service: S, path: P, params: DownloadParams<ServicePaths[S], P>, o: Caller): Promise<DownloadResult> {
    const { path: inPath, query } = params as { path?: Record<string, string | number>; query?: Record<string, unknown> };
    const filled = String(path).replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(inPath?.[name] ?? '')));
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
    const url = `${this.urls[service]}${filled}${search.size ? `?${search.toString()}` : ''}`;
    const headers: Record<string, string> = { 'accept-language': o.lang };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    const context = RequestContext.current();
    if (context?.clientIp) headers['x-forwarded-for'] = context.clientIp;
    if (context?.correlationId) headers[CORRELATION_HEADER] = context.correlationId;
    const started = new AbortController();
    const timer = setTimeout(() => started.abort(), this.env.UPSTREAM_TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: started.signal, redirect: 'manual' });
    } catch (err) {
      return { ok: false, status: (err as Error).name === 'AbortError' ? 504 : 502, unavailable: (err as Error).name === 'AbortError' ? 'timeout' : 'down' };
    } finally {
      clearTimeout(timer);
    }
    if (response.ok && response.body) {
      return { ok: true, status: response.status, contentType: response.headers.get('content-type') ?? 'application/octet-stream', disposition: response.headers.get('content-disposition'), body: response.body };
    }
    let problem: Problem | undefined;
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = undefined;
    }
    return { ok: false, status: response.status, problem, unavailable: response.status >= 500 ? 'error' : undefined };
  }
}

/**
 * A request body or query mapped from a person's form input (web/forms.ts): shaped like the
 * operation's, its values as typed — a wrong one is the service's to refuse, with a per-field
 * problem the page shows in its error summary. The one place a request is not checked against the
 * document's types.
 */
export function formInput<T>(input: unknown): NonNullable<T> {
  return input as NonNullable<T>;
}

/** A file a service streams (an export): its body is passed on as it comes, never held in memory. */
export type DownloadResult =
  | { ok: true; status: number; contentType: string; disposition: string | null; body: ReadableStream<Uint8Array> }
  | { ok: false; status: number; problem?: Problem; unavailable?: 'timeout' | 'down' | 'error' };
