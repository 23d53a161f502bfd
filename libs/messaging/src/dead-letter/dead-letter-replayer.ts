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
 * Reads a dead-letter topic as it was when the call began: up to its end offsets at that moment,
 * stopping early once it has been quiet for `idleMs`. Listing uses a throw-away group; replaying
 * uses one durable group, so a dead letter is replayed once. A replayed message goes back to its
 * original topic unchanged: consumers that handled it before absorb it through their inbox.
 *
 * The end offsets matter for replay: a message that still fails is parked again within
 * milliseconds, and a reader without a bound would replay its own new dead letters forever. Those
 * stay uncommitted for the next replay.
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
    // A broker that cannot tell its end offsets falls back to reading until quiet.
    const endOffsets = await this.broker.endOffsets(topic).then(
      (list) => Object.fromEntries(list.map((o) => [o.partition, o.offset])) as Record<number, string>,
      () => undefined,
    );
    const remaining = new Set(Object.entries(endOffsets ?? {}).filter(([, end]) => end !== '0').map(([p]) => Number(p)));
    let last = Date.now();
    const sub = await this.broker.subscribe({
      groupId,
      topics: [topic],
      fromBeginning: true,
      endOffsets,
      onMessage: async (m) => {
        await each(m);
        last = Date.now();
        if (endOffsets && BigInt(m.offset) + 1n >= BigInt(endOffsets[m.partition] ?? 0)) remaining.delete(m.partition);
      },
    });
    // Done when every partition reached its end offset, or (a durable group that read some of it
    // before, or a broker that cannot tell its end offsets) when nothing has come for idleMs.
    while (!(endOffsets && remaining.size === 0) && Date.now() - last < idleMs) await new Promise((r) => setTimeout(r, 100));
    await sub.stop();
  }
}
