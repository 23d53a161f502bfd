import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MESSAGING_LOGGER } from '@pb/messaging';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { RespondentErasureStore } from '../../application/ports/respondent-erasure.store';

/**
 * Hashes the addresses of respondents and supporters written before the column existed (or by an older replica),
 * once at start-up, in batches, beside live traffic (locked rows are skipped, not waited for). Not
 * needed for correctness — each erasure fills what is missing first — but it keeps that step short.
 */
@Injectable()
export class EmailHashFiller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running?: Promise<void>;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: RespondentErasureStore,
    @Inject(MESSAGING_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.dataSource
      .transaction((m) => this.store.fillEmailHashes(m, { skipLocked: true, shouldStop: () => this.stopping }))
      .then((filled) => {
        if (filled) this.logger.info({ filled }, 'keyed hashes of respondents\' and supporters\' addresses filled');
      })
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'filling keyed hashes of addresses failed; each erasure fills them first'));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }
}
