import 'reflect-metadata';
import { validateEnv } from '@pb/config';
import { createServiceApp, listen } from '@pb/http';
import { createLogger } from '@pb/observability';
import { CommentsAppModule } from './app.module';
import { CommentsEnv } from './config/comments.env';

async function main(): Promise<void> {
  const env = validateEnv(CommentsEnv);
  const logger = createLogger('comments', env.LOG_LEVEL);
  const app = await createServiceApp(CommentsAppModule.register({ env, logger }), logger, { title: 'Permanent Beta — consultation responses', openApiPath: '/api/comments/openapi.json', trustProxy: env.TRUST_PROXY });
  await listen(app, env.PORT, env.HOST, logger, 'comments');
}

main().catch((err: Error) => {
  process.stderr.write(`comments failed to start: ${err.message}\n`);
  process.exit(1);
});
