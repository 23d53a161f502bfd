import { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpApp } from '@pb/http';
import { MessagingLifecycle } from '@pb/messaging';
import pino, { Logger } from 'pino';

/** A logger for tests: silent unless TEST_LOG_LEVEL says otherwise. */
export const testLogger = (): Logger => pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/**
 * Boots a service module the way main.ts does (same body limit, validation, errors, OpenAPI), but
 * in-process for supertest. Call `app.close()` in afterAll.
 */
export async function createTestApp(module: DynamicModule, openApiPath = '/openapi.json'): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { logger: false, bodyParser: false, abortOnError: false });
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
