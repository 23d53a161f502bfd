import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { SERVICE_LOGGER } from '@pb/http';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from 'pino';
import { Transactions } from '../../../shared/application/ports/transactions';
import type { StrategyVersion } from '../../domain/strategy-version';
import { StrategyVersionRepository } from '../ports/strategy-version.repository';
import { StrategyPublisher } from './strategy-publisher';

export const SEED_FILE = path.join(__dirname, '..', '..', 'seed', 'strategy-2018.0.json');

export function loadSeed(file = SEED_FILE): StrategyVersion {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { version: raw.version, previousVersion: null, title: raw.title, publishedAt: new Date(raw.publishedAt), tracks: raw.tracks, themes: raw.themes, changes: [] };
}

/**
 * On first start (no strategy version stored yet) loads version 2018.0 from the seed and publishes
 * it. Replicas starting together serialise on an advisory lock, so it is published exactly once.
 */
@Injectable()
export class StrategySeeder implements OnApplicationBootstrap {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: StrategyVersionRepository,
    private readonly publisher: StrategyPublisher,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seed();
  }

  /** True when this call stored and published the seed. */
  async seed(): Promise<boolean> {
    const published = await this.transactions.run(async (tx) => {
      await this.store.lockSeeding(tx);
      if ((await this.store.count(tx)) > 0) return false;
      return this.publisher.publish(tx, loadSeed(), { role: 'system', id: 'proposals.strategy-seed' });
    });
    if (published) this.logger.info({ version: '2018.0' }, 'strategy seed published');
    return published;
  }
}
