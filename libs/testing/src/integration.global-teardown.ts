import { Kafka, logLevel } from 'kafkajs';

/**
 * Deletes the Kafka topics this run's test files made (`t-<run>-…`, see testEnv): each file has a
 * namespace of its own, so a run leaves hundreds of topics, and a broker that keeps thousands of
 * them answers metadata requests slowly enough to time out the next run. Other runs' topics (a
 * second checkout testing at the same time) are left alone.
 */
export default async function globalTeardown(): Promise<void> {
  const run = process.env.PB_TEST_RUN;
  if (!run) return;
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING, retry: { retries: 2 }, requestTimeout: 60_000 }).admin();
  try {
    await admin.connect();
    const ours = (await admin.listTopics()).filter((t) => t.startsWith(`t-${run}-`));
    for (let i = 0; i < ours.length; i += 200) await admin.deleteTopics({ topics: ours.slice(i, i + 200), timeout: 60_000 });
  } catch {
    // Cleaning up is a courtesy: a broker that is gone or slow must not fail the run.
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
