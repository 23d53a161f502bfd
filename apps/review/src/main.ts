import 'reflect-metadata';
import { validateEnv } from '@pb/config';
import { createServiceApp, listen } from '@pb/http';
import { createLogger } from '@pb/observability';
import { ReviewAppModule } from './app.module';
import { ReviewEnv } from './config/review.env';

async function main(): Promise<void> {
  const env = validateEnv(ReviewEnv);
  const logger = createLogger('review', env.LOG_LEVEL);
  const app = await createServiceApp(ReviewAppModule.register({ env, logger }), logger, { title: 'Permanent Beta — review', openApiPath: '/api/review/openapi.json', trustProxy: env.TRUST_PROXY });
  await listen(app, env.PORT, env.HOST, logger, 'review');
}

main().catch((err: Error) => {
  process.stderr.write(`review failed to start: ${err.message}\n`);
  process.exit(1);
});
