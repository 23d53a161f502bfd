import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { languageOf, problem, PROBLEM_CONTENT_TYPE } from '@pb/http/core';
import { CORRELATION_HEADER, correlationIdFrom } from '@pb/observability';
import type { Logger } from 'pino';
import type { PortalEnv } from '../config/portal.env';
import { serviceFor, serviceUrls } from './api-routes';

/**
 * Forwards `/api/...` to the owning service unchanged (same path), with a correlation id. An
 * unknown area is a 404; a service that is down or slow becomes a 502/504 problem, never a hang.
 */
export function createApiProxy(env: PortalEnv, logger: Logger): RequestHandler {
  const urls = serviceUrls(env);
  const proxy = createProxyMiddleware<Request, Response>({
    router: (req) => urls[serviceFor(req.originalUrl ?? req.url)!],
    changeOrigin: false,
    xfwd: true,
    // Only the upstream side times out: at UPSTREAM_TIMEOUT_MS the request to the service is
    // aborted and the error handler below answers 504. (A timeout on the client's socket as well
    // would close it at the same moment, so the client got a hang-up instead of the 504.)
    proxyTimeout: env.UPSTREAM_TIMEOUT_MS,
    on: {
      proxyReq: (proxyReq, req) => {
        proxyReq.setHeader(CORRELATION_HEADER, (req as Request & { correlationId?: string }).correlationId ?? correlationIdFrom(undefined));
      },
      error: (err, req, res) => {
        const code = (err as NodeJS.ErrnoException).code;
        const status = code === 'ECONNRESET' || code === 'ETIMEDOUT' || /timeout/i.test(err.message) ? 504 : 502;
        logger.warn({ err: err.message, code, path: (req as Request).originalUrl?.split('?')[0] }, 'upstream failed');
        const response = res as Response;
        if ('headersSent' in response && !response.headersSent) {
          response.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem(status, languageOf((req as Request).headers['accept-language']))));
        }
      },
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const path = req.originalUrl ?? req.url;
    if (!path.startsWith('/api/')) return next();
    const correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    (req as Request & { correlationId?: string }).correlationId = correlationId;
    res.setHeader(CORRELATION_HEADER, correlationId);
    if (!serviceFor(path)) {
      res.status(404).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem(404, languageOf(req.headers['accept-language']))));
      return;
    }
    void proxy(req, res, next);
  };
}
