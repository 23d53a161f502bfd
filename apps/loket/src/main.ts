import 'reflect-metadata';
import { validateEnv } from '@pb/config';
import { createServiceApp, listen } from '@pb/http';
import { createLogger } from '@pb/observability';
import { LoketAppModule } from './app.module';
import { LoketEnv } from './config/loket.env';

async function main(): Promise<void> {
  const env = validateEnv(LoketEnv);
  const logger = createLogger('loket', env.LOG_LEVEL);
  const app = await createServiceApp(LoketAppModule.register({ env, logger }), logger, { title: 'Permanent Beta — loket', openApiPath: '/api/loket/openapi.json', trustProxy: env.TRUST_PROXY });
  await listen(app, env.PORT, env.HOST, logger, 'loket');
}

main().catch((err: Error) => {
  process.stderr.write(`loket failed to start: ${err.message}\n`);
  process.exit(1);
});
