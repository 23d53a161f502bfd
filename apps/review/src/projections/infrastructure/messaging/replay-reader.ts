import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger } from '@pb/observability';
import { ReviewAppModule } from '../../../app.module';
import { ReviewEnv } from '../../../config/review.env';
import { ProjectionLog } from '../../application/ports/projection-log';
import { KafkaProjectionLog, Reading, REPLAY_READER_ENV } from './kafka-projection-log';

/**
 * One more reader of a replay (see KafkaProjectionLog): started by the replaying process with its
 * configuration, it says when it is ready, joins the consumer group its parent names, and reads
 * until its parent says stop (or goes away).
 */
async function main(): Promise<void> {
  const env = Object.assign(new ReviewEnv(), JSON.parse(process.env[REPLAY_READER_ENV] ?? '{}') as ReviewEnv);
  const logger = createLogger('review-replay-reader', env.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(ReviewAppModule.register({ env, logger, consumers: false, jobs: false }), { logger: false });
  let reading: Reading | undefined;
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await reading?.subscription.stop();
    await new Promise<void>((resolve) => (process.send ? process.send({ applied: reading?.applied() ?? 0 }, () => resolve()) : resolve()));
    await app.close();
    process.exit(0);
  };
  process.on('message', (m: { read?: string; readers?: number; stop?: boolean }) => {
    if (m.read && !reading && !stopping) {
      void (app.get(ProjectionLog) as KafkaProjectionLog).read(m.read, m.readers).then(async (r) => {
        if (stopping) await r.subscription.stop();
        else reading = r;
      });
    }
    if (m.stop) void stop();
  });
  process.once('disconnect', () => void stop());
  process.send?.('ready');
}

main().catch((err: Error) => {
  process.send?.(`failed: ${err.message}`);
  process.exit(1);
});
