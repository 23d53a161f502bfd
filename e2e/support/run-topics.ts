import { Kafka, logLevel } from 'kafkajs';

/**
 * Deletes the topics of one e2e run (its random prefix): left behind, every run adds some hundred
 * partitions to the shared local broker, whose controller grows slow enough that a later run's
 * services do not connect within the readiness timeout. Best effort: a broker that does not answer
 * keeps the topics, with a warning.
 */
export async function deleteRunTopics(prefix: string): Promise<void> {
  const kafka = new Kafka({ clientId: 'e2e-cleanup', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 60000 });
  } catch (err) {
    process.stderr.write(`e2e: could not delete the topics ${prefix}*: ${(err as Error).message}\n`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
