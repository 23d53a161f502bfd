import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { validateEnv } from '@pb/config';
import { createLogger } from '@pb/observability';
import { ReviewAppModule } from './app.module';
import { ReviewEnv } from './config/review.env';
import { ProjectionReplayer } from './projections/application/commands/replay-projections/projection-replayer';

/**
 * `npm run review:replay`: rebuilds the review's projections from the topics. Stop the review
 * service first; it picks up where the replay ended when it starts again.
 */
async function main(): Promise<void> {
  const env = validateEnv(ReviewEnv);
  const logger = createLogger('review-replay', env.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(ReviewAppModule.register({ env, logger, consumers: false, jobs: false }), { logger: false });
  try {
    // One reader (the default) goes through the bulk writer (ADR 0014); REPLAY_READERS=N ≥ 2 runs N
    // processes through the consumers' transactions, as live replicas do.
    const readers = Number(process.env.REPLAY_READERS ?? 1);
    const result = await app.get(ProjectionReplayer).replay({ readers, onProgress: (read) => process.stderr.write(`replayed ${read} events\r`) });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`replay failed: ${err.message}\n`);
  process.exit(1);
});
