import { Inject, Injectable } from '@nestjs/common';
import { CORRELATION_HEADER, RequestContext } from '@pb/observability';
import type { Language, Problem } from '@pb/http/core';
import { PortalEnv } from '../config/portal.env';
import { ServiceName, serviceUrls } from '../proxy/api-routes';

export type { ServiceName };

export type ServiceResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; problem?: Problem; unavailable?: 'timeout' | 'down' | 'error' };

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The staff member's token, forwarded as a bearer token. */
  token?: string;
  lang: Language;
}

/**
 * The portal's server-to-server calls to the services (their URLs from the environment), with a
 * timeout: a slow or failing service becomes a result the page can show, never a hang or a throw.
 */
@Injectable()
export class ServiceClient {
  private readonly urls: Record<ServiceName, string>;

  constructor(@Inject(PortalEnv) private readonly env: PortalEnv) {
    this.urls = serviceUrls(env);
  }

  async call<T>(service: ServiceName, path: string, o: CallOptions): Promise<ServiceResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': o.lang };
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    const context = RequestContext.current();
    if (context?.clientIp) headers['x-forwarded-for'] = context.clientIp;
    // A posted form's idempotency key: the service answers a repeat with the first answer.
    if (context?.idempotencyKey && (o.method ?? 'GET') !== 'GET') headers['idempotency-key'] = context.idempotencyKey;
    if (context?.correlationId) headers[CORRELATION_HEADER] = context.correlationId;
    let response: Response;
    try {
      response = await fetch(`${this.urls[service]}${path}`, {
        method: o.method ?? 'GET',
        headers,
        body: o.body === undefined ? undefined : JSON.stringify(o.body),
        signal: AbortSignal.timeout(this.env.UPSTREAM_TIMEOUT_MS),
        redirect: 'manual',
      });
    } catch (err) {
      const name = (err as Error).name;
      return { ok: false, status: name === 'TimeoutError' || name === 'AbortError' ? 504 : 502, unavailable: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'down' };
    }
    let parsed: unknown;
    try {
      const text = await response.text();
      parsed = text ? JSON.parse(text) : undefined;
    } catch (err) {
      if ((err as Error).name === 'TimeoutError') return { ok: false, status: 504, unavailable: 'timeout' };
      parsed = undefined;
    }
    if (response.ok) return { ok: true, status: response.status, data: parsed as T };
    if (response.status >= 500) return { ok: false, status: response.status, problem: parsed as Problem, unavailable: response.status === 504 ? 'timeout' : 'error' };
    return { ok: false, status: response.status, problem: parsed as Problem };
  }

  /**
   * A GET whose answer is a file to pass on (the reading room's export). The timeout covers the
   * answer's start only: a long export keeps streaming as long as the service writes.
   */
  async download(service: ServiceName, path: string, o: Pick<CallOptions, 'token' | 'lang'>): Promise<DownloadResult> {
    const headers: Record<string, string> = { 'accept-language': o.lang };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    const context = RequestContext.current();
    if (context?.clientIp) headers['x-forwarded-for'] = context.clientIp;
    if (context?.correlationId) headers[CORRELATION_HEADER] = context.correlationId;
    const started = new AbortController();
    const timer = setTimeout(() => started.abort(), this.env.UPSTREAM_TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(`${this.urls[service]}${path}`, { headers, signal: started.signal, redirect: 'manual' });
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

/** A file a service streams (an export): its body is passed on as it comes, never held in memory. */
export type DownloadResult =
  | { ok: true; status: number; contentType: string; disposition: string | null; body: ReadableStream<Uint8Array> }
  | { ok: false; status: number; problem?: Problem; unavailable?: 'timeout' | 'down' | 'error' };

/** One parked outbox row as the services' admin endpoint lists it (libs/messaging ParkedEvent). */
export interface ParkedEventView {
  position: string;
  eventId: string;
  type: string;
  aggregateId: string;
  createdAt: string;
  parkedAt: string;
  reason: string;
  heldBehind: string | null;
  bytes: number;
}
