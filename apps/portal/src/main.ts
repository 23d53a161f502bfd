import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv } from '@pb/config';
import { listen, PlatformExpressAdapter } from '@pb/http/core';
import { createLogger, PinoNestLogger } from '@pb/observability';
import { PortalAppModule } from './app.module';
import { PortalEnv } from './config/portal.env';
import { configurePortalApp } from './portal-app';

async function main(): Promise<void> {
  const env = validateEnv(PortalEnv);
  const logger = createLogger('portal', env.LOG_LEVEL);
  // No global body parser: /api request bodies stream through the proxy untouched; pages parse forms.
  const app = await NestFactory.create<NestExpressApplication>(PortalAppModule.register({ env }), new PlatformExpressAdapter(), { logger: new PinoNestLogger(logger), bodyParser: false });
  app.enableShutdownHooks();
  configurePortalApp(app, env, logger);
  await listen(app, env.PORT, env.HOST, logger, 'portal');
}

main().catch((err: Error) => {
  process.stderr.write(`portal failed to start: ${err.message}\n`);
  process.exit(1);
});
