import type { EventEnvelope } from '@pb/contracts';
import { Transactions, type Tx } from '@pb/persistence';
import type { OutboxWriter } from '@pb/messaging';
import type { Logger } from 'pino';
import { loadSeed } from '../../../infrastructure/seed/strategy-seed.file';
import type { StrategyVersion } from '../../../domain/strategy-version';
import { StrategySeed } from '../../ports/strategy-seed';
import { StrategyVersionRepository } from '../../ports/strategy-version.repository';
import { StrategyPublisher } from '../../support/strategy-publisher';
import { SeedStrategyCommand } from './seed-strategy.command';
import { SeedStrategyHandler } from './seed-strategy.handler';

class FakeTransactions extends Transactions {
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work({} as Tx);
  }
}

class InMemoryVersions extends StrategyVersionRepository {
  readonly stored: StrategyVersion[] = [];
  locks = 0;
  async insertIfAbsent(_tx: Tx, v: StrategyVersion) {
    if (this.stored.some((s) => s.version === v.version)) return false;
    this.stored.push(v);
    return true;
  }
  async count() {
    return this.stored.length;
  }
  async find(_tx: Tx, version: string) {
    return this.stored.find((s) => s.version === version) ?? null;
  }
  async current() {
    return this.stored[this.stored.length - 1] ?? null;
  }
  async lockSeeding() {
    this.locks++;
  }
}

class CountingSeed extends StrategySeed {
  loads = 0;
  load() {
    this.loads++;
    return loadSeed();
  }
}

function setup() {
  const versions = new InMemoryVersions();
  const seed = new CountingSeed();
  const written: EventEnvelope<object>[] = [];
  const outbox = { append: async (_tx: Tx, events: EventEnvelope<object>[]) => void written.push(...events) } as unknown as OutboxWriter;
  const logger = { info: () => undefined } as unknown as Logger;
  const handler = new SeedStrategyHandler(new FakeTransactions(), versions, seed, new StrategyPublisher(versions, outbox), logger);
  return { handler, versions, seed, written };
}

describe('SeedStrategyHandler', () => {
  it('stores and announces the seed under the lock when no version exists', async () => {
    const { handler, versions, written } = setup();
    expect(await handler.execute(new SeedStrategyCommand())).toBe(true);
    expect(versions.locks).toBe(1);
    expect(versions.stored.map((v) => v.version)).toEqual(['2018.0']);
    expect(written.map((e) => [e.type, e.aggregateId])).toEqual([['strategy.StrategyVersionPublished', '2018.0']]);
  });

  it('does nothing, and does not read the seed, once a version exists', async () => {
    const { handler, seed, written } = setup();
    await handler.execute(new SeedStrategyCommand());
    expect(await handler.execute(new SeedStrategyCommand())).toBe(false);
    expect(seed.loads).toBe(1);
    expect(written).toHaveLength(1);
  });
});
