import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { RunningPlatform, startPlatform } from '../../scripts/platform/launcher';
import { ROOT } from '../../scripts/platform/services';
import { freshDatabases } from '../support/e2e-databases';
import { E2E_BASE_PORT } from '../support/global-setup';
import { referencesIn, ReportStream, waitUntilCounted } from './support/report-stream';
import { RAISED_LOKET_LIMITS } from '../support/raised-limits';

const cluster = (...args: string[]) => execFileSync('bash', ['infra/local/kafka-cluster.sh', ...args], { cwd: ROOT, stdio: 'pipe', timeout: 120000 });
const tag = process.env.E2E_DATABASE_TAG ?? '';
const db = { loket: `pb_cluster_test_${tag}loket`, review: `pb_cluster_test_${tag}review` };

describe('on a 3-broker KRaft cluster (replication 3, min.insync.replicas 2), losing a broker loses nothing', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    cluster('start');
    await freshDatabases([db.loket, db.review]);
    platform = await startPlatform({
      only: ['loket', 'review'],
      // Beside the main platform's ports (another checkout's e2e run has another base).
      basePort: E2E_BASE_PORT + 70,
      databaseName: (svc) => db[svc as keyof typeof db],
      kafkaBrokers: '127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:31092',
      topicPrefix: `cluster-${randomBytes(3).toString('hex')}.`,
      env: { NODE_ENV: 'test', KAFKA_REPLICATION_FACTOR: '3', ...RAISED_LOKET_LIMITS },
      logDir: `${process.cwd()}/test-artifacts/logs/cluster`,
    });
  }, 240000);

  afterAll(async () => {
    await platform?.stop();
    cluster('stop');
  }, 120000);

  it('reports streaming in while broker 2 stops are all counted, and the flow goes on', async () => {
    const stream = new ReportStream(platform.urls.loket);
    stream.start(2);
    await stream.acceptMore(40);
    cluster('stop-broker', '2');
    await stream.acceptMore(60, 90000); // the flow goes on with two brokers (min.insync.replicas = 2)
    await stream.stop();

    // 150 s: once (CI, stop 20) the review had not caught up after 90 s; alone this takes about 20 s.
    const { stored, counted } = await waitUntilCounted(db.loket, db.review, 150000);
    const missing = stream.accepted.filter((reference) => !counted.has(reference));
    // On a failure, where the missing ones are: still in the loket's outbox (not published), or published and not projected.
    const unsent = missing.length ? (await referencesIn(db.loket, `SELECT envelope->'payload'->>'reference' AS reference FROM outbox_messages WHERE sent_at IS NULL`)).size : 0;
    expect({ missing, unsent }).toEqual({ missing: [], unsent: 0 });
    expect(counted.size).toBe(stored.size);
    cluster('start-broker', '2');
  }, 300000);
});
