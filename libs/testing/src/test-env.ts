import { randomBytes } from 'node:crypto';
import { CommonEnv } from '@pb/config';

/** Environment for a test: its own topic and consumer-group namespace on the shared test broker. */
export function testEnv<T extends CommonEnv>(schema: new () => T, overrides: Partial<T> = {}): T {
  const env = new schema();
  Object.assign(env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? (process.env.PB_TEST_LOG_DIR ? 'debug' : 'silent'),
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    // `t-<run>-<file>.`: the run's part lets the run delete its own topics when it ends (and only those).
    KAFKA_TOPIC_PREFIX: `t-${process.env.PB_TEST_RUN ?? 'solo'}-${randomBytes(4).toString('hex')}.`,
    ...overrides,
  });
  return env;
}
