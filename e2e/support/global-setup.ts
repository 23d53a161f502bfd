import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { RunningPlatform, startPlatform } from '../../scripts/platform/launcher';
import { SERVICES, distEntry } from '../../scripts/platform/services';
import { freshDatabases } from './e2e-databases';
import { RAISED_LOKET_LIMITS } from './raised-limits';
import { deleteRunTopics } from './run-topics';

declare global {
  var __PB_PLATFORM__: RunningPlatform | undefined;
  var __PB_TOPIC_PREFIX__: string | undefined;
}

/** Ports 3100–3104 unless E2E_BASE_PORT says otherwise (two checkouts can then run e2e side by side). */
export const E2E_BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 3100);

/**
 * Starts the whole platform from the build on ports 3100–3104 with fresh `pb_e2e_test_*` databases
 * and its own topic prefix, so end-to-end tests never touch the data of `npm start`.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(distEntry('portal'))) throw new Error('No build found: run `npm run build` before the e2e tests (npm test does).');
  const databaseName = (svc: string) => `pb_e2e_test_${process.env.E2E_DATABASE_TAG ?? ''}${svc}`;
  await freshDatabases(SERVICES.flatMap((s) => (s.database ? [databaseName(s.database)] : [])));
  const topicPrefix = `e2e-${randomBytes(3).toString('hex')}.`;
  globalThis.__PB_TOPIC_PREFIX__ = topicPrefix;
  // Jest runs no teardown when the setup fails: a platform that never got ready takes its topics along.
  const platform = await startPlatform({
    basePort: E2E_BASE_PORT,
    databaseName,
    topicPrefix,
    // Limits per client address high enough for the fuzzer (e2e/schemathesis.e2e-spec.ts sends
    // thousands of requests from 127.0.0.1) and the journeys, which all come from one address: at the
    // production limits they would meet only 429s. The limits themselves have their own tests.
    // The deadline reminder job every two seconds rather than every quarter hour, so a mail test can
    // wait for its mail (e2e/mail-links.e2e-spec.ts).
    env: { LOG_LEVEL: 'info', NODE_ENV: 'test', RATE_LIMIT_PER_ADDRESS: '1000000', RATE_LIMIT_PER_EMAIL: '1000000', LOKET_DEADLINE_REMINDER_INTERVAL_MS: '2000', ...RAISED_LOKET_LIMITS },
    logDir: `${process.cwd()}/test-artifacts/logs`,
  }).catch(async (err: Error) => {
    await deleteRunTopics(topicPrefix);
    throw err;
  });
  globalThis.__PB_PLATFORM__ = platform;
  process.env.E2E_BASE_URL = platform.baseUrl;
  process.env.E2E_SERVICE_URLS = JSON.stringify(platform.urls);
  process.env.MAILDEV_URL = process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080';
}
