import { CORRELATION_HEADER, RequestContext, correlationIdFrom } from '@pb/observability';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TokenVerifier } from '@pb/auth';
import { applyTrustProxy } from '@pb/http/core';
import express, { Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { PortalEnv } from './config/portal.env';
import { createApiProxy } from './proxy/api-proxy';
import { CsrfTokens } from './web/csrf';
import { renderLoginRequired, renderNotFound } from './web/error-pages';
import { html } from './web/html';
import { heading1, layout } from './web/layout';
import type { PageRequest } from './web/page-context';
import { createPageMiddleware } from './web/page-middleware';
import { NotLoggedInError, RoleRequiredError } from './web/staff-only';
import { multipartForm, RESPONSE_FILES_FIELD, RESPONSE_FILES_MAX } from './web/multipart';

// From source the assets sit beside src/; from a build (dist/) they are read from the repository.
const besideSource = join(__dirname, '..', 'assets');
export const ASSETS_DIR = existsSync(besideSource) ? besideSource : join(process.cwd(), 'apps', 'portal', 'assets');

/** Pages answer errors as HTML pages; `/api` errors never get here (the proxy answers them). */
@Catch()
export class PageErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<PageRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    const ctx = req.page;
    if (!ctx) {
      const status = exception instanceof HttpException ? exception.getStatus() : 500;
      res.status(status).json({ status });
      return;
    }
    if (exception instanceof NotLoggedInError || exception instanceof RoleRequiredError) {
      res.status(exception instanceof NotLoggedInError ? 401 : 403).type('html').send(renderLoginRequired(ctx, exception instanceof RoleRequiredError).value);
      return;
    }
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status === 404) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    if (status >= 500) this.logger.error({ err: (exception as Error)?.message, path: req.path }, 'page failed');
    const title = status >= 500 ? ctx.msg('layout:portalApp.somethingWentWrong') : ctx.msg('layout:portalApp.thisRequestCannotBeProcessed');
    res
      .status(status)
      .type('html')
      .send(layout(ctx, { title, body: html`${heading1(title)}<p class="utrecht-paragraph">${ctx.msg('layout:portalApp.pleaseTryAgainLater')}</p>` }).value);
  }
}

/**
 * Everything the portal's HTTP server needs besides its controllers; shared by main.ts and the
 * HTTP specs so both run the same pipeline: security headers, the API proxy (before any body
 * parser, so request bodies stream through), static assets, form parsing, page context with CSRF.
 */
export function configurePortalApp(app: NestExpressApplication, env: PortalEnv, logger: Logger): void {
  app.disable('x-powered-by');
  applyTrustProxy(app, env.TRUST_PROXY);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: env.COOKIE_SECURE ? [] : null,
        },
      },
      strictTransportSecurity: env.COOKIE_SECURE,
    }),
  );
  app.use(createApiProxy(env, logger));
  const utrechtCss = dirname(require.resolve('@utrecht/component-library-css/dist/index.css'));
  app.use('/assets/utrecht', express.static(utrechtCss, { maxAge: '1h', index: false }));
  app.use('/assets/portal', express.static(ASSETS_DIR, { maxAge: '10m', index: false }));
  // Pages link the SVG icon; browsers and feed readers still ask for /favicon.ico by habit.
  app.use('/favicon.ico', (req: Request, res: Response, next: express.NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.sendFile(join(ASSETS_DIR, 'favicon.ico'), { maxAge: '1d' });
  });
  app.use(express.urlencoded({ extended: false, limit: '200kb', parameterLimit: 200 }));
  // The response form of a consultation carries documents (position papers): multipart, read before the CSRF check.
  app.use('/consultaties/:id/reacties', multipartForm(RESPONSE_FILES_FIELD, RESPONSE_FILES_MAX));
  // Pages call the services on the visitor's behalf: carry their address (per-address rate limits
  // must not see one portal-wide address) and one correlation id into every call.
  app.use((req: Request, res: Response, next: express.NextFunction) => {
    const correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    res.setHeader(CORRELATION_HEADER, correlationId);
    RequestContext.run({ correlationId, clientIp: req.ip }, next);
  });
  const verifier = new TokenVerifier({ secret: env.JWT_SECRET, jwksUrl: env.JWT_JWKS_URL, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });
  const page = createPageMiddleware(env, verifier, new CsrfTokens(env.CSRF_SECRET));
  app.use((req: Request, res: Response, next: express.NextFunction) => {
    page(req, res, next).catch(next);
  });
  app.useGlobalFilters(new PageErrorFilter(logger));
}
