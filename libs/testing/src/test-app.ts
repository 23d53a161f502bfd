import { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpApp } from '@pb/http';
import { MessagingLifecycle } from '@pb/messaging';
import { createLogger, PinoNestLogger } from '@pb/observability';
import { join } from 'node:path';
import pino, { Logger } from 'pino';

let logFile: pino.DestinationStream | undefined;

/**
 * A logger for tests, configured as the services' own (same redaction). With PB_TEST_LOG_DIR set
 * (npm test sets it) every line goes to a file per jest worker there, at debug level unless
 * TEST_LOG_LEVEL says otherwise, so that the scan for personal data at the end of the run
 * (scripts/log-scan) reads everything the code under test logged; without it, silent.
 */
export const testLogger = (service = 'test'): Logger => {
  const dir = process.env.PB_TEST_LOG_DIR;
  if (!dir) return pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  // Synchronous writes: a jest worker may be ended right after its last test, before an async flush.
  logFile ??= pino.destination({ dest: join(dir, `jest-worker-${process.pid}.log`), mkdir: true, sync: true });
  return createLogger(service, process.env.TEST_LOG_LEVEL ?? 'debug', logFile);
};

/**
 * Boots a service module the way main.ts does (same body limit, validation, errors, OpenAPI), but
 * in-process for supertest. Call `app.close()` in afterAll.
 */
export async function createTestApp(module: DynamicModule, openApiPath = '/openapi.json'): Promise<NestExpressApplication> {
  const logger = process.env.PB_TEST_LOG_DIR ? new PinoNestLogger(testLogger('nest')) : false;
  const app = await NestFactory.create<NestExpressApplication>(module, { logger, bodyParser: false, abortOnError: false });
  configureHttpApp(app, { title: 'test', openApiPath });
  await app.init();
  // The service connects to Kafka in the background (it serves without it); a test that watches
  // topics or consumers starts once that is done, as a running service would soon be.
  let lifecycle: MessagingLifecycle | undefined;
  try {
    lifecycle = app.get(MessagingLifecycle, { strict: false });
  } catch {
    lifecycle = undefined; // a module without messaging
  }
  await lifecycle?.whenConnected();
  return app;
}
