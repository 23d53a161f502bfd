import { randomBytes } from 'node:crypto';
import { consumerGroupJoins } from '@pb/observability';
import { waitFor } from '@pb/testing';
import pino from 'pino';
import { ReceivedMessage, Subscription } from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';
import { TOPIC } from './harness';

describe('a consumer that goes quiet is restarted (real Kafka)', () => {
  const warnings: string[] = [];
  const broker = new KafkaEventBroker({
    clientId: 'messaging-int-stall',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    topicPrefix: `t-${randomBytes(4).toString('hex')}.`,
    replicationFactor: 1,
    partitions: 1,
    logger: pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) }),
    stallTimeoutMs: 3000,
  });
  let subscription: Subscription | undefined;

  afterAll(async () => {
    await subscription?.stop();
    await broker.disconnect();
  });

  it('restarts a consumer that stops fetching, and the new one goes on with the next messages', async () => {
    await broker.ensureTopics([{ topic: TOPIC, partitions: 1 }]);
    const joins = async (): Promise<number> => (await consumerGroupJoins.get()).values.find((v) => v.labels.group === 'stall')?.value ?? 0;
    const joinsBefore = await joins();
    const seen: string[] = [];
    let first = true;
    subscription = await broker.subscribe({
      groupId: 'stall',
      topics: [TOPIC],
      onBatch: async (messages: ReceivedMessage[]) => {
        if (first) {
          // Stuck in the middle of a batch: no fetch, no heartbeat, no group activity for 8 s.
          first = false;
          await new Promise((r) => setTimeout(r, 8000));
        }
        seen.push(...messages.map((m) => m.key!));
      },
    });
    await broker.publish(TOPIC, [{ key: 'before', value: '{}' }]);
    await waitFor(async () => warnings.some((l) => l.includes('restarting it')), Boolean, { timeoutMs: 20000, what: 'the watchdog to restart the consumer' });

    await broker.publish(TOPIC, [{ key: 'after', value: '{}' }]);
    await waitFor(async () => seen, (keys) => keys.includes('after'), { timeoutMs: 60000, what: 'the next message handled after the restart' });
    expect(seen).toContain('before');
    expect(warnings.filter((l) => l.includes('restarting the consumer failed'))).toEqual([]);
    // The first consumer joined the group, and its replacement joined again: both counted (the benches print this count).
    expect((await joins()) - joinsBefore).toBeGreaterThanOrEqual(2);
  });
});
