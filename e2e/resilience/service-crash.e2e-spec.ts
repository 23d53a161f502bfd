import { randomBytes } from 'node:crypto';
import { RunningPlatform, startPlatform } from '../../scripts/platform/launcher';
import { freshDatabases } from '../support/e2e-databases';
import { E2E_BASE_PORT } from '../support/global-setup';
import { ReportStream, waitUntilCounted } from './support/report-stream';
import { RAISED_LOKET_LIMITS } from '../support/raised-limits';

const tag = process.env.E2E_DATABASE_TAG ?? '';
const db = { loket: `pb_crash_test_${tag}loket`, review: `pb_crash_test_${tag}review` };

describe('killing services with SIGKILL while reports stream in loses nothing', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    await freshDatabases([db.loket, db.review]);
    platform = await startPlatform({
      only: ['loket', 'review'],
      // Beside the main platform's ports (another checkout's e2e run has another base).
      basePort: E2E_BASE_PORT + 60,
      databaseName: (svc) => db[svc as keyof typeof db],
      topicPrefix: `crash-${randomBytes(3).toString('hex')}.`,
      env: { NODE_ENV: 'test', ...RAISED_LOKET_LIMITS },
      logDir: `${process.cwd()}/test-artifacts/logs/crash`,
    });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('accepted reports = reports counted by the review service', async () => {
    const stream = new ReportStream(platform.urls.loket);
    stream.start(3);
    await stream.acceptMore(40);

    await platform.kill('loket', 'SIGKILL'); // mid-stream: requests in flight, outbox rows unsent
    await platform.restart('loket');
    await stream.acceptMore(40);

    await platform.kill('review', 'SIGKILL'); // the consumer dies mid-batch: offsets not committed
    await stream.acceptMore(40);
    await platform.restart('review');
    await stream.acceptMore(20);
    await stream.stop();

    const { stored, counted } = await waitUntilCounted(db.loket, db.review);
    // Every 201 the reporters saw is stored and counted; a request cut off by the kill may have
    // committed without its 201 reaching the client, so stored ⊇ accepted, and counted = stored.
    for (const reference of stream.accepted) expect(stored.has(reference)).toBe(true);
    expect([...stored].filter((r) => !counted.has(r))).toEqual([]);
    expect(counted.size).toBe(stored.size);
    expect(stream.accepted.length).toBeGreaterThanOrEqual(140);
  });
});
