import { EventBroker, ReceivedMessage } from '../broker/event-broker';
import { DeadLetterHeaders, isDeadLetterHeader } from './dead-letter-headers';

export interface DeadLetter {
  partition: number;
  offset: string;
  key: string | null;
  error: string;
  originalTopic: string;
  consumerGroup: string;
  failedAt: string;
  value: string;
}

const toDeadLetter = (m: ReceivedMessage): DeadLetter => ({
  partition: m.partition,
  offset: m.offset,
  key: m.key,
  error: m.headers[DeadLetterHeaders.error] ?? '',
  originalTopic: m.headers[DeadLetterHeaders.originalTopic] ?? '',
  consumerGroup: m.headers[DeadLetterHeaders.consumerGroup] ?? '',
  failedAt: m.headers[DeadLetterHeaders.failedAt] ?? '',
  value: m.value?.toString('utf8') ?? '',
});

/**
 * Reads a dead-letter topic until it has been quiet for `idleMs`. Listing uses a throw-away group;
 * replaying uses one durable group, so a dead letter is replayed once. A replayed message goes back
 * to its original topic unchanged: consumers that handled it before absorb it through their inbox.
 */
export class DeadLetterReplayer {
  constructor(private readonly broker: EventBroker) {}

  async list(dlqTopic: string, idleMs = 3000): Promise<DeadLetter[]> {
    const seen: DeadLetter[] = [];
    await this.drain(`dlq-inspector-${Date.now()}`, dlqTopic, idleMs, async (m) => {
      seen.push(toDeadLetter(m));
    });
    return seen;
  }

  async replay(dlqTopic: string, idleMs = 3000): Promise<number> {
    let replayed = 0;
    await this.drain('dlq-replayer', dlqTopic, idleMs, async (m) => {
      const originalTopic = m.headers[DeadLetterHeaders.originalTopic];
      if (!originalTopic) return;
      const headers = Object.fromEntries(Object.entries(m.headers).filter(([k]) => !isDeadLetterHeader(k)));
      headers[DeadLetterHeaders.replayedFrom] = `${dlqTopic}/${m.partition}/${m.offset}`;
      await this.broker.publish(originalTopic, [{ key: m.key ?? '', value: m.value ?? Buffer.alloc(0), headers }]);
      replayed++;
    });
    return replayed;
  }

  private async drain(groupId: string, topic: string, idleMs: number, each: (m: ReceivedMessage) => Promise<void>): Promise<void> {
    await this.broker.ensureTopics([{ topic }]);
    let last = Date.now();
    const sub = await this.broker.subscribe({
      groupId,
      topics: [topic],
      fromBeginning: true,
      onMessage: async (m) => {
        await each(m);
        last = Date.now();
      },
    });
    // The group needs a moment to join before "quiet" means anything.
    while (Date.now() - last < idleMs) await new Promise((r) => setTimeout(r, 250));
    await sub.stop();
  }
}
