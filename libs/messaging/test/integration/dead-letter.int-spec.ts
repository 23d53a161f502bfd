import { deadLetterTopic } from '@pb/contracts';
import { waitFor } from '@pb/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConsumerHost, DeadLetterHeaders, DeadLetterReplayer, ReceivedMessage } from '../../src';
import { KafkaEventBroker } from '../../src/broker/kafka-event-broker';
import { EffectConsumer, TOPIC, aBarrierReported, closeDatabase, effects, eventIdOf, inboxRows, newBroker, newConsumerHost, openDatabase, tap } from './harness';

describe('retries, dead letters and replay (real PostgreSQL and Kafka)', () => {
  let db: { name: string; ds: DataSource };
  let broker: KafkaEventBroker;
  let host: ConsumerHost | undefined;
  let tapped: Awaited<ReturnType<typeof tap>> | undefined;
  const DLQ = deadLetterTopic(TOPIC);

  beforeAll(async () => {
    db = await openDatabase();
  });
  beforeEach(() => {
    broker = newBroker();
  });
  afterEach(async () => {
    await host?.stop();
    await tapped?.stop();
    host = tapped = undefined;
    await broker.disconnect();
  });
  afterAll(() => closeDatabase(db));

  it('parks poison messages on <topic>.dlq with the error, goes on with the partition, and replays after a fix', async () => {
    const key = crypto.randomUUID(); // one key: every message below lands on the same partition
    const notJson = { key, value: 'this is {not json' };
    const invalid = aBarrierReported('invalid payload', key);
    const badPayload = { key, value: JSON.stringify({ ...invalid, payload: { ...invalid.payload, technology: 'teleportation', reportId: 'x' } }) };
    const v9 = aBarrierReported('from the future', key);
    const unknownVersion = { key, value: JSON.stringify({ ...v9, version: 9 }) };
    const failing = aBarrierReported('FAIL until the handler is fixed', key);
    const next = aBarrierReported('next in the partition', key);
    await broker.ensureTopics([{ topic: TOPIC }, { topic: DLQ }]);
    await broker.publish(TOPIC, [notJson, badPayload, unknownVersion, { key, value: JSON.stringify(failing) }, { key, value: JSON.stringify(next) }]);

    const consumer = new EffectConsumer('poison');
    host = newConsumerHost(db.ds, broker, consumer, 'poison');
    await host.start();
    await waitFor(async () => effects(db.ds, 'poison'), (rows) => rows.some((r) => r.event_id === next.eventId), { what: 'the message after the poison handled' });
    // The failing handler was tried maxAttempts (3) times before it was parked.
    expect(consumer.calls.filter((id) => id === failing.eventId)).toHaveLength(3);

    tapped = await tap(broker, DLQ);
    const dead = await waitFor(async () => [...tapped!.messages], (m) => m.length >= 4, { what: 'four dead letters' });
    expect(dead).toHaveLength(4);
    const header = (m: ReceivedMessage, h: string) => m.headers[h];
    for (const m of dead) {
      expect(header(m, DeadLetterHeaders.originalTopic)).toBe(TOPIC);
      expect(header(m, DeadLetterHeaders.consumerGroup)).toBe('poison');
      expect(header(m, DeadLetterHeaders.originalPartition)).toMatch(/^\d+$/);
      expect(header(m, DeadLetterHeaders.originalOffset)).toMatch(/^\d+$/);
      expect(new Date(header(m, DeadLetterHeaders.failedAt)).getTime()).not.toBeNaN();
      expect(m.key).toBe(key);
    }
    expect(dead.map((m) => header(m, DeadLetterHeaders.error))).toEqual([
      'message is not JSON',
      expect.stringMatching(/invalid loket\.BarrierReported v1 payload: .*reportId: isUuid.*technology: isIn/),
      'unsupported version 9 of loket.BarrierReported',
      'handler bug: cannot handle FAIL',
    ]);
    expect(dead.map((m) => header(m, DeadLetterHeaders.attempts))).toEqual(['0', '0', '0', '3']);
    expect(dead[0].value?.toString()).toBe(notJson.value);

    // Listing shows them without consuming them.
    const replayer = new DeadLetterReplayer(broker);
    const listed = await replayer.list(DLQ, 1500);
    expect(listed.map((d) => d.error)).toEqual(dead.map((m) => header(m, DeadLetterHeaders.error)));
    expect(listed[3]).toMatchObject({ originalTopic: TOPIC, consumerGroup: 'poison', key });

    // Fix the bug and replay: the formerly failing event is handled once; the three that no fix
    // can help are parked again (and the replay does not chase its own new dead letters).
    consumer.broken = false;
    expect(await replayer.replay(DLQ, 1500)).toBe(4);
    await waitFor(async () => effects(db.ds, 'poison'), (rows) => rows.some((r) => r.event_id === failing.eventId), { what: 'the replayed event handled' });
    await waitFor(async () => tapped!.messages.length, (n) => n >= 7, { what: 'the unfixable three parked again' });
    expect((await effects(db.ds, 'poison')).map((r) => r.event_id)).toEqual([next.eventId, failing.eventId]);
    const again = tapped.messages.slice(4);
    expect(again.map((m) => header(m, DeadLetterHeaders.replayedFrom))).toEqual([`${DLQ}/${dead[0].partition}/0`, `${DLQ}/${dead[0].partition}/1`, `${DLQ}/${dead[0].partition}/2`]);

    // A second replay takes only what was parked since the first one.
    expect(await replayer.replay(DLQ, 1500)).toBe(3);
    expect(tapped.messages.filter((m) => eventIdOf(m) === failing.eventId)).toHaveLength(1);
  });

  it('drops an event that breaks a business rule with a log: no retry, no dead letter, the partition goes on', async () => {
    const key = crypto.randomUUID();
    const rejected = aBarrierReported('REJECT me', key);
    const next = aBarrierReported('next', key);
    await broker.ensureTopics([{ topic: TOPIC }, { topic: DLQ }]);
    await broker.publish(TOPIC, [rejected, next].map((e) => ({ key, value: JSON.stringify(e) })));

    const warnings: string[] = [];
    const consumer = new EffectConsumer('rules');
    const { ConsumerHost: Host } = await import('../../src');
    const pino = (await import('pino')).default;
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    host = new Host(db.ds, broker, logger, { groupId: 'rules', consumers: [consumer], maxAttempts: 3, initialBackoffMs: 20 });
    await host.start();
    await waitFor(async () => effects(db.ds, 'rules'), (rows) => rows.some((r) => r.event_id === next.eventId), { what: 'the next event handled' });

    expect(consumer.calls).toEqual([rejected.eventId, next.eventId]);
    expect((await effects(db.ds, 'rules')).map((r) => r.event_id)).toEqual([next.eventId]);
    expect((await inboxRows(db.ds, 'rules')).map((r) => r.event_id).sort()).toEqual([rejected.eventId, next.eventId].sort());
    const warning = warnings.map((l) => JSON.parse(l)).find((l) => l.code === 'test.rejected');
    expect(warning).toMatchObject({ eventId: rejected.eventId, msg: 'event rejected by a business rule' });

    // Nothing was parked: a marker written to the DLQ afterwards is the first thing there.
    await broker.publish(DLQ, [{ key: 'marker', value: 'marker' }]);
    tapped = await tap(broker, DLQ);
    const seen = await waitFor(async () => [...tapped!.messages], (m) => m.some((x) => x.key === 'marker'), { what: 'the DLQ marker' });
    expect(seen.map((m) => m.key)).toEqual(['marker']);
  });

  it('goes past an event type none of its consumers handles (another consumer\'s event on a shared topic): not handled, not parked, the partition goes on', async () => {
    // The proposals service reads review.amendments for StrategyRevisionRequested only; the review
    // publishes AmendmentProposed and AmendmentDecided on the same topic. Those must be passed by,
    // not parked as poison and not retried. The test consumer here handles BarrierReported only.
    const key = crypto.randomUUID();
    const sample = (type: string) => {
      const envelope = JSON.parse(readFileSync(join(__dirname, '../../../contracts/samples', `${type}.v1.json`), 'utf8')) as { eventId: string };
      return { ...envelope, eventId: crypto.randomUUID() };
    };
    const proposed = sample('review.AmendmentProposed');
    const decided = sample('review.AmendmentDecided');
    const next = aBarrierReported('after the events of others', key);
    await broker.ensureTopics([{ topic: TOPIC }, { topic: DLQ }]);
    await broker.publish(TOPIC, [proposed, decided, next].map((e) => ({ key, value: JSON.stringify(e) })));

    const consumer = new EffectConsumer('others');
    host = newConsumerHost(db.ds, broker, consumer, 'others');
    await host.start();
    await waitFor(async () => effects(db.ds, 'others'), (rows) => rows.some((r) => r.event_id === next.eventId), { what: 'the event after the others handled' });
    expect(consumer.calls).toEqual([next.eventId]);
    expect((await inboxRows(db.ds, 'others')).map((r) => r.event_id)).toEqual([next.eventId]);

    // Nothing was parked: a marker written to the DLQ afterwards is the first thing there.
    await broker.publish(DLQ, [{ key: 'marker', value: 'marker' }]);
    tapped = await tap(broker, DLQ);
    const seen = await waitFor(async () => [...tapped!.messages], (m) => m.some((x) => x.key === 'marker'), { what: 'the DLQ marker' });
    expect(seen.map((m) => m.key)).toEqual(['marker']);

    // And they were acknowledged: the group, started again, is not handed them (nor anything) again.
    await host.stop();
    const again = new EffectConsumer('others');
    host = newConsumerHost(db.ds, broker, again, 'others');
    await host.start();
    const last = aBarrierReported('a marker for the restarted group', key);
    await broker.publish(TOPIC, [{ key, value: JSON.stringify(last) }]);
    await waitFor(async () => effects(db.ds, 'others'), (rows) => rows.some((r) => r.event_id === last.eventId), { what: 'the marker handled after the restart' });
    expect(again.calls).toEqual([last.eventId]);
  });
});
