import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';

/** A service's store of person rows that can fill their missing keyed e-mail hashes (see fillEmailHashes). */
export interface EmailHashFilling {
  fillEmailHashes(manager: EntityManager, options?: { skipLocked?: boolean; shouldStop?: () => boolean }): Promise<number>;
}

/**
 * Hashes the addresses of person rows written before the hash column existed (or by an older
 * replica), once at start-up, in batches, beside live traffic (locked rows are skipped, not waited
 * for). Not needed for correctness — each erasure fills what is missing first — but it keeps that
 * step short. One class for every service that holds people; each provides it with its own store.
 */
export class EmailHashFiller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running?: Promise<void>;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EmailHashFilling,
    private readonly logger: Logger,
    /** Whose addresses, for the log line: "reporters'". */
    private readonly whose: string,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.dataSource
      .transaction((m) => this.store.fillEmailHashes(m, { skipLocked: true, shouldStop: () => this.stopping }))
      .then((filled) => {
        if (filled) this.logger.info({ filled }, `keyed hashes of ${this.whose} addresses filled`);
      })
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'filling keyed hashes of addresses failed; each erasure fills them first'));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }
}
