import 'reflect-metadata';
import { validateEnv } from '@pb/config';
import { createServiceApp, listen } from '@pb/http';
import { createLogger } from '@pb/observability';
import { ProposalsAppModule } from './app.module';
import { ProposalsEnv } from './config/proposals.env';

async function main(): Promise<void> {
  const env = validateEnv(ProposalsEnv);
  const logger = createLogger('proposals', env.LOG_LEVEL);
  const app = await createServiceApp(ProposalsAppModule.register({ env, logger }), logger, { title: 'Permanent Beta — strategy and proposals', openApiPath: '/api/proposals/openapi.json', trustProxy: env.TRUST_PROXY });
  await listen(app, env.PORT, env.HOST, logger, 'proposals');
}

main().catch((err: Error) => {
  process.stderr.write(`proposals failed to start: ${err.message}\n`);
  process.exit(1);
});
