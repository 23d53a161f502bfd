/**
 * Shows and replays dead letters.
 *
 *   npm run dlq -- list <topic>      print the dead letters of <topic> (offset, error, original topic, group, failed at)
 *   npm run dlq -- replay <topic>    put them back on their original topic (once per dead letter)
 *
 * <topic> is a logical topic name such as loket.barrier-reports, with or without `.dlq`.
 * Environment: KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_TOPIC_PREFIX (default none),
 * DLQ_IDLE_MS (how long to wait for more messages before stopping, default 3000).
 */
import 'reflect-metadata';
import { Topics, deadLetterTopic } from '@pb/contracts';
import pino from 'pino';
import { DeadLetter, DeadLetterReplayer } from '../libs/messaging/src/dead-letter/dead-letter-replayer';
import { KafkaEventBroker } from '../libs/messaging/src/broker/kafka-event-broker';

const USAGE = `Usage:
  npm run dlq -- list <topic>      show the dead letters of <topic>
  npm run dlq -- replay <topic>    replay them onto their original topic

<topic>: one of ${Object.values(Topics).join(', ')} (".dlq" may be added or left out).
Environment: KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_TOPIC_PREFIX (default ""), DLQ_IDLE_MS (default 3000).`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function printTable(letters: DeadLetter[]): void {
  const rows = letters.map((d) => [`${d.partition}/${d.offset}`, d.failedAt, d.consumerGroup, d.originalTopic, d.key ?? '', d.error.replace(/\s+/g, ' ').slice(0, 120)]);
  const head = ['partition/offset', 'failed at', 'group', 'original topic', 'key', 'error'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r) => console.log(line(r)));
}

async function main(): Promise<void> {
  const [command, topicArg, ...rest] = process.argv.slice(2);
  if (!command || command === '--help' || command === '-h') fail('Say what to do.');
  if (command !== 'list' && command !== 'replay') fail(`Unknown command "${command}".`);
  if (!topicArg || rest.length) fail(`"${command}" takes exactly one topic.`);
  const original = topicArg.endsWith('.dlq') ? topicArg.slice(0, -'.dlq'.length) : topicArg;
  // Refuse typos: reading a topic creates it, and a misspelt name would leave an empty topic behind.
  if (!(Object.values(Topics) as string[]).includes(original)) fail(`Unknown topic "${topicArg}".`);
  const dlq = deadLetterTopic(original);
  const idleMs = Number(process.env.DLQ_IDLE_MS ?? 3000);

  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
  const broker = new KafkaEventBroker({
    clientId: 'pb-dlq-cli',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    topicPrefix: prefix,
    replicationFactor: Number(process.env.KAFKA_REPLICATION_FACTOR ?? 1),
    partitions: Number(process.env.KAFKA_PARTITIONS ?? 3),
    logger,
  });
  const replayer = new DeadLetterReplayer(broker);
  try {
    if (command === 'list') {
      const letters = await replayer.list(dlq, idleMs);
      console.log(`${letters.length} dead letter(s) on ${prefix}${dlq}`);
      if (letters.length) printTable(letters);
    } else {
      const replayed = await replayer.replay(dlq, idleMs);
      console.log(`Replayed ${replayed} dead letter(s) from ${prefix}${dlq} onto their original topic.`);
    }
  } finally {
    await broker.disconnect();
  }
}

main().catch((err: Error) => {
  console.error(`dlq: ${err.message}`);
  process.exit(1);
});
