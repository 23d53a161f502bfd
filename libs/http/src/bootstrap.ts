import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { PinoNestLogger } from '@pb/observability';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { PlatformExpressAdapter } from './http-server';
import { createOpenApiDocument } from './openapi-document';
import { applyTrustProxy } from './trust-proxy';

export interface ServiceHttpOptions {
  /** Path under which the service's OpenAPI document is served, e.g. `/api/loket/openapi.json`. */
  openApiPath: string;
  title: string;
  /** Largest accepted JSON body. */
  bodyLimit?: string;
  /** Largest accepted `text/csv` body. */
  csvBodyLimit?: string;
  /** The app's TRUST_PROXY setting (libs/config CommonEnv); loopback when left out (tests). */
  trustProxy?: string;
}

/** Settings every service's HTTP server shares; used by main.ts and by HTTP/integration tests alike. */
export function configureHttpApp(app: NestExpressApplication, options: ServiceHttpOptions): void {
  // Not strict: a JSON body of `42` or `null` is parsed and then refused by the validation pipe with
  // the same clear answer as a list (strict parsing would call it "not valid JSON", which it is).
  app.useBodyParser('json', { limit: options.bodyLimit ?? '256kb', strict: false });
  // Files a person uploads as data (e.g. a CBS StatLine export): read as text, refused with a 413
  // above the limit; the route that takes them parses and validates them.
  app.useBodyParser('text', { type: 'text/csv', limit: options.csvBodyLimit ?? '2mb' });
  app.disable('x-powered-by');
  applyTrustProxy(app, options.trustProxy);
  app.enableShutdownHooks();
  const document = createOpenApiDocument(app, options.title);
  const express = app.getHttpAdapter().getInstance() as Express;
  express.get(options.openApiPath, (_req, res) => {
    res.json(document);
  });
}

export async function createServiceApp(module: Type | import('@nestjs/common').DynamicModule, logger: Logger, options: ServiceHttpOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, new PlatformExpressAdapter(), { logger: new PinoNestLogger(logger), bodyParser: false });
  configureHttpApp(app, options);
  return app;
}

export async function listen(app: INestApplication, port: number, host: string, logger: Logger, name: string): Promise<void> {
  await app.listen(port, host);
  logger.info({ port, host }, `${name} listening on http://${host}:${port}`);
}
